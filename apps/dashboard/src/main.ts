import './styles.css';
import { Api } from './api.js';
import { TokenStore } from './auth.js';
import type { PageContext, PageRenderer } from './context.js';
import { h, replaceChildren } from './dom.js';
import { errorBlock, describeError } from './errors.js';
import { initLanguage, language, setLanguage, t } from './i18n/index.js';
import { accountPage } from './pages/account.js';
import { alertsPage } from './pages/alerts.js';
import { casesPage } from './pages/cases.js';
import { claimPage } from './pages/claim.js';
import { complaintPage } from './pages/complaint.js';
import { clockListPage } from './pages/clock-list.js';
import { dossierPage } from './pages/dossier.js';
import { overviewPage } from './pages/overview.js';
import { projectPage } from './pages/project.js';
import { BASE, parseRoute, type Route } from './router.js';
import { renderHeader } from './shell.js';
import { tokenForm } from './token-form.js';

const pages: Record<Route['page'], PageRenderer> = {
  overview: overviewPage,
  alerts: alertsPage,
  clocks: clockListPage,
  project: projectPage,
  account: accountPage,
  cases: casesPage,
  complaint: complaintPage,
  claim: claimPage,
  dossier: dossierPage,
  notFound: async ({ main }) => replaceChildren(main, h('div', { class: 'message message-error', role: 'alert' }, h('p', {}, t('error.404')))),
};

const tokens = new TokenStore(sessionStorage);
const api = new Api(tokens);
const header = document.getElementById('header')!;
const main = document.getElementById('main')!;
const live = document.getElementById('live')!;
let controller = new AbortController();
let tokenReason: string | undefined;

initLanguage(localStorage);
tokens.adoptFromFragment(location, history);

function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render({ focus: true });
}

function changeToken(reason?: string): void {
  tokens.clear();
  tokenReason = reason;
  void render({ focus: true });
}

async function render({ focus = false } = {}): Promise<void> {
  controller.abort();
  controller = new AbortController();
  const route = parseRoute(location.pathname, location.search);
  document.documentElement.lang = language();
  document.title = t('app.title');
  renderHeader(header, route, tokens, {
    changeToken: () => changeToken(),
    toggleLanguage: () => {
      setLanguage(language() === 'zh-CN' ? 'en' : 'zh-CN', localStorage);
      void render();
    },
  });
  if (!tokens.get()) {
    replaceChildren(main, tokenForm(tokens, () => ((tokenReason = undefined), void render({ focus: true })), tokenReason));
    return;
  }
  const ctx: PageContext = {
    api,
    tokens,
    route,
    main,
    signal: controller.signal,
    navigate,
    announce: (message) => (live.textContent = message),
    rerender: () => void render(),
  };
  replaceChildren(main, h('p', { class: 'loading', 'aria-busy': 'true' }, t('common.loading')));
  try {
    await pages[route.page](ctx);
  } catch (error) {
    if ((error as Error).name === 'AbortError' || ctx.signal.aborted) return;
    // An expired or wrong token on a whole page: ask for another one, saying why.
    if ((error as { status?: number }).status === 401) return changeToken(describeError(error, tokens));
    replaceChildren(main, errorBlock(error, tokens, () => changeToken()));
  }
  if (focus) main.focus({ preventScroll: false });
}

// Links inside the dashboard change the page without reloading it; other links, and modified clicks, behave as usual.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || link.target || link.hasAttribute('download')) return;
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', () => void render());
// A #token=… link opened in a tab already showing the dashboard changes only the fragment: take that token too.
window.addEventListener('hashchange', () => {
  if (!new URLSearchParams(location.hash.slice(1)).has('token')) return;
  tokens.adoptFromFragment(location, history);
  void render({ focus: true });
});

void render();
