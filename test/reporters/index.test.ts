import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en/reporters.json' with { type: 'json' };
import vi from '../../src/locales/vi/reporters.json' with { type: 'json' };
import { getReporter, isReporterName, REPORTER_NAMES, reporters } from '../../src/reporters/index.js';
import { relativePath, pathToFileUri, pathToUriReference } from '../../src/reporters/shared.js';
import { results } from './fixtures.js';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

describe('reporter registry', () => {
  it('has the four reporters by name', () => {
    expect(REPORTER_NAMES).toEqual(['stylish', 'json', 'sarif', 'github']);
    for (const name of REPORTER_NAMES) {
      expect(getReporter(name)).toBe(reporters[name]);
      expect(typeof getReporter(name)(results, { lang: 'en' })).toBe('string');
    }
    expect(isReporterName('toString')).toBe(false);
  });

  it('names the choices for an unknown reporter, in the asked language', () => {
    expect(() => getReporter('junit')).toThrow(new RangeError('Unknown reporter “junit”. Choose one of: stylish, json, sarif, github.'));
    expect(() => getReporter('junit', 'vi')).toThrow(/^Không có định dạng báo cáo “junit”/);
  });
});

describe('reporters catalogs', () => {
  it('hold the same keys in English and Vietnamese, none empty, no plural forms', () => {
    expect(keys(vi)).toEqual(keys(en));
    for (const k of keys(en)) expect(k).not.toMatch(/_(one|other|zero|few|many|two)$/);
    const leaves = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(leaves));
    for (const s of [...leaves(en), ...leaves(vi)]) expect(s.trim()).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const get = (o: unknown, path: string) => path.split('.').reduce((acc: any, k) => acc[k], o) as string;
    for (const k of keys(en)) expect(vars(get(vi, k)), k).toEqual(vars(get(en, k)));
  });
});

describe('paths', () => {
  it.each([
    ['/a/b/c.md', '/a/b', 'c.md'],
    ['/a/b/c.md', '/a/b/', 'c.md'],
    ['/a/x/c.md', '/a/b', '../x/c.md'],
    ['/c.md', '/a/b', '../../c.md'],
    ['/a/b/c.md', undefined, '/a/b/c.md'],
    ['./docs/c.md', '/a', 'docs/c.md'],
    ['docs/c.md', undefined, 'docs/c.md'],
    ['/a/b', '/a/b', '.'],
    ['C:\\w\\tin\\c.md', 'c:\\W\\tin', 'c.md'],
    ['D:\\c.md', 'C:\\w', 'D:/c.md'],
    ['docs\\c.md', 'C:\\w', 'docs/c.md'],
    ['/a/we\\ird.md', '/a', 'we\\ird.md'],
  ])('relativePath(%j, %j) = %j', (file, cwd, expected) => {
    expect(relativePath(file, cwd)).toBe(expected);
  });

  it('makes URIs', () => {
    expect(pathToUriReference('../bài viết/#1?.md')).toBe('../b%C3%A0i%20vi%E1%BA%BFt/%231%3F.md');
    expect(pathToFileUri('/home/a b', true)).toBe('file:///home/a%20b/');
    expect(pathToFileUri('C:\\Users\\x.md')).toBe('file:///C:/Users/x.md');
    expect(pathToFileUri('/', true)).toBe('file:///');
  });
});
