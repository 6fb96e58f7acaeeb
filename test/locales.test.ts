import { describe, expect, it } from 'vitest';
import { catalogs } from '../src/locales/index.js';
import { createTranslator, resolveLang } from '../src/messages/i18n.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('locale catalogs', () => {
  const namespaces = Object.keys(catalogs.en) as Array<keyof typeof catalogs.en>;

  it('English and Vietnamese have the same namespaces', () => {
    expect(Object.keys(catalogs.vi).sort()).toEqual([...namespaces].sort());
  });

  for (const ns of namespaces) {
    it(`${ns}: both languages hold the same keys, with the same interpolation variables`, () => {
      const en = flatten(catalogs.en[ns] as Tree);
      const vi = flatten(catalogs.vi[ns] as Tree);
      expect([...vi.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(variables(vi.get(key)!), `${ns}:${key}`).toEqual(variables(text));
        expect(text.trim(), `${ns}:${key} is empty`).not.toBe('');
      }
    });
  }

  it('renders in the chosen language, with English as the fallback', () => {
    expect(createTranslator('en')('lookup:status.merged')).toBe('merged');
    expect(createTranslator('vi')('lookup:status.merged')).toBe('đã hợp nhất');
    expect(createTranslator('vi')('lookup:until', { date: '2025-07-01' })).toBe('đến 2025-07-01');
  });

  it('picks the language from the option, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(resolveLang('vi', { LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(resolveLang(undefined, { LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(resolveLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'vi_VN' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, {})).toBe('en');
  });
});
