import { looksLikeJwt, type TokenStore } from './auth.js';
import { h } from './dom.js';
import { t } from './i18n/index.js';

/** Asks for the token once; `reason` explains why it is asked again (expired, refused). */
export function tokenForm(tokens: TokenStore, onDone: () => void, reason?: string): HTMLElement {
  const input = h('textarea', { id: 'token-input', name: 'token', rows: 4, required: true, autocomplete: 'off', spellcheck: 'false' });
  const problem = h('p', { class: 'field-error', id: 'token-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'card token-form', 'aria-labelledby': 'token-title', novalidate: true },
    h('h1', { id: 'token-title' }, t('auth.title')),
    reason ? h('div', { class: 'message message-error', role: 'alert' }, h('p', {}, reason)) : null,
    h('p', { class: 'help' }, t('auth.help')),
    h('label', { for: 'token-input' }, t('auth.label')),
    input,
    problem,
    h('button', { type: 'submit', class: 'button button-primary' }, t('auth.submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!looksLikeJwt(value)) {
      problem.textContent = t('auth.invalidFormat');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'token-error');
      input.focus();
      return;
    }
    tokens.set(value);
    onDone();
  });
  queueMicrotask(() => input.focus());
  return form;
}
