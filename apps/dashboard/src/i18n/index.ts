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

/** For words that come from the API (event types, steps, roles): the translation when known, else the word itself. */
export function label(prefix: string, word: string): string {
  const key = `${prefix}.${word}`;
  return key in zhCN ? t(key as MessageKey) : word;
}
