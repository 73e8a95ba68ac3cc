import { en } from './en.js';
import { zhCN, type MessageKey } from './zh-CN.js';

export type Language = 'zh-CN' | 'en';
export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'dashboard.language';

let current: Language = 'zh-CN';

/** Chinese first (the users' language); English when chosen before, remembered across visits. */
export function initLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  current = storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  return current;
}

export function setLanguage(language: Language, storage?: Pick<Storage, 'setItem'>): void {
  current = language;
  storage?.setItem(STORAGE_KEY, language);
}

export const language = (): Language => current;

/** The message for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The message for `key` as pieces to append, with `{name}` placeholders filled by nodes: a name, an id or a unit goes
 * in as its own element (marked `translate="no"` by its maker) wherever the language puts it in the sentence.
 */
export function tn<P>(key: MessageKey, params: Record<string, P>): (string | P)[] {
  return dictionaries[current][key].split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : piece in params ? params[piece]! : `{${piece}}`));
}

/** For words that come from the API (event types, steps, roles): the translation when known, else the word itself. */
export function label(prefix: string, word: string): string {
  const key = `${prefix}.${word}`;
  return key in zhCN ? t(key as MessageKey) : word;
}
