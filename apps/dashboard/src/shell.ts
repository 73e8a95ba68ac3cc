import type { TokenStore } from './auth.js';
import { h, replaceChildren } from './dom.js';
import { label, language, t } from './i18n/index.js';
import { href, type Route } from './router.js';

export interface ShellActions {
  changeToken(): void;
  toggleLanguage(): void;
}

/** The header: skip link, navigation (current page marked), who is signed in, token and language buttons. */
export function renderHeader(header: HTMLElement, route: Route, tokens: TokenStore, actions: ShellActions): void {
  const claims = tokens.claims();
  const item = (url: string, text: string, current: boolean) =>
    h('li', {}, h('a', { href: url, 'aria-current': current ? 'page' : null }, text));
  replaceChildren(
    header,
    h('a', { class: 'skip-link', href: '#main' }, t('app.skip')),
    h(
      'div',
      { class: 'header-bar' },
      h('a', { class: 'brand', href: href('') }, t('app.title')),
      h(
        'nav',
        { 'aria-label': t('app.title') },
        h(
          'ul',
          {},
          item(href(''), t('nav.overview'), route.page === 'overview' || route.page === 'clocks'),
          item(href('alerts'), t('nav.alerts'), route.page === 'alerts'),
          item(href('customers'), t('nav.dossier'), route.page === 'dossier'),
        ),
      ),
      h(
        'div',
        { class: 'header-tools' },
        claims
          ? h(
              'span',
              { class: 'who', 'data-testid': 'signed-in' },
              t('auth.signedInAs', { name: claims.name ?? claims.sub ?? '—', roles: (claims.roles ?? []).map((r) => label('role', r)).join('、') }),
            )
          : null,
        claims ? h('button', { type: 'button', class: 'button button-small', onclick: actions.changeToken }, t('auth.change')) : null,
        h(
          'button',
          { type: 'button', class: 'button button-small', lang: language() === 'en' ? 'zh-CN' : 'en', 'aria-label': t('nav.languageLabel'), onclick: actions.toggleLanguage },
          t('nav.language'),
        ),
      ),
    ),
  );
}
