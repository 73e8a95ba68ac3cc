import type { TokenStore } from './auth.js';
import { h, keep, replaceChildren } from './dom.js';
import { label, language, t, tn } from './i18n/index.js';
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
          item(href('cases'), t('nav.cases'), route.page === 'cases' || route.page === 'complaint' || route.page === 'claim'),
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
              tn('auth.signedInAs', { name: keep(claims.name ?? claims.sub), roles: (claims.roles ?? []).map((r) => label('role', r)).join(t('common.listSeparator')) }),
            )
          : null,
        claims ? h('button', { type: 'button', class: 'button button-small', onclick: actions.changeToken }, t('auth.change')) : null,
        h(
          'button',
          // The other language's name in that language, as language switchers show it: never translated.
          { type: 'button', class: 'button button-small', lang: language() === 'en' ? 'zh-CN' : 'en', translate: 'no', 'aria-label': t('nav.languageLabel'), onclick: actions.toggleLanguage },
          t('nav.language'),
        ),
      ),
    ),
  );
}
