import { describe, expect, it } from '@jest/globals';
import { en } from './en.js';
import { label, setLanguage, tn } from './index.js';
import { zhCN } from './zh-CN.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('the dashboard\'s words', () => {
  it('fills a sentence\'s placeholders with pieces, wherever each language puts them', () => {
    const name = { kept: '王芳' };
    setLanguage('zh-CN');
    expect(tn('common.aside', { main: name, aside: '查看者' })).toEqual(['', name, '（', '查看者', '）']);
    setLanguage('en');
    expect(tn('common.aside', { main: name, aside: 'Viewer' })).toEqual(['', name, ' (', 'Viewer', ')']);
    expect(tn('line.ProjectArchived', {})).toEqual(['Archived as ', '{archiveNo}', '']);
    setLanguage('zh-CN');
  });

  it('has no Chinese in English, but for the name of the language to switch to', () => {
    const chinese = Object.entries(en).filter(([key, text]) => key !== 'nav.language' && CJK.test(text));
    expect(chinese).toEqual([]);
  });

  it('words every event it names, in both languages, with the same placeholders', () => {
    const events = Object.keys(zhCN).filter((key) => key.startsWith('event.') && /^event\.[A-Z]/.test(key)).map((key) => key.slice('event.'.length));
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const type of events) {
      const key = `line.${type}` as keyof typeof zhCN;
      expect([type, key in zhCN]).toEqual([type, true]);
      expect([type, placeholders(zhCN[key])]).toEqual([type, placeholders(en[key])]);
    }
  });

  it('gives a word from the API as it came when it does not know it', () => {
    expect(label('channel', 'online')).toBe('线上');
    expect(label('channel', 'wechat')).toBe('wechat');
  });
});
