import { keep, type Child } from './dom.js';
import { label, t } from './i18n/index.js';

/**
 * A code from the API (customer class, channel, result, clock, status …) in the reader's language. One this page does
 * not know yet (a new aggregate's clock or status) is shown as it came, marked as not to be translated.
 */
export const code = (prefix: string, value: unknown): Child => {
  if (typeof value !== 'string') return '—';
  const word = label(prefix, value);
  return word === value ? keep(value) : word;
};

/** A clock by its name, with its round when it has one (design review rounds). */
export const clockName = (name: string, round?: number): Child[] => [code('clock', name), round ? ` · ${t('common.round', { n: round })}` : ''];
