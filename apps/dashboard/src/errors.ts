import { ApiError } from './api.js';
import type { TokenStore } from './auth.js';
import { h } from './dom.js';
import { label, t } from './i18n/index.js';

/** A sentence for the user about a failed call: never a blank page, never a raw stack. */
export function describeError(error: unknown, tokens: TokenStore): string {
  if (!(error instanceof ApiError)) return t('error.other', { status: '—', detail: (error as Error)?.message ?? String(error) });
  const roles = (tokens.claims()?.roles ?? []).map((role) => label('role', role)).join(t('common.listSeparator')) || '—';
  switch (error.status) {
    case 0:
      return t('error.network', { message: error.detail });
    case 401:
      return t('error.401');
    case 403:
      return t('error.403', { roles });
    case 404:
      return t('error.404');
    case 503:
      return t('error.503');
    default:
      return t('error.other', { status: error.status, detail: error.detail });
  }
}

export const isAuthError = (error: unknown): boolean => error instanceof ApiError && (error.status === 401 || error.status === 403);

/** The message block pages show; 401/403 offer to change the token right there. */
export function errorBlock(error: unknown, tokens: TokenStore, changeToken: () => void, message = describeError(error, tokens)): HTMLElement {
  const status = error instanceof ApiError ? error.status : 0;
  return h(
    'div',
    { class: 'message message-error', role: 'alert', 'data-status': status },
    h('p', {}, message),
    isAuthError(error) ? h('button', { type: 'button', class: 'button', onclick: changeToken }, t('auth.change')) : null,
  );
}
