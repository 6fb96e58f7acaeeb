import { describe, expect, it } from 'vitest';
import { parseI18nextPair, readI18nextFile } from '../../../src/formats/i18next.js';
import { toSourceOffset } from '../../../src/formats/locate.js';
import { expectExactMaps, fixture, formatErrorOf, summary } from './helpers.js';

const en = fixture('app.en.json');
const vi = fixture('app.vi.json');

describe('parseI18nextPair: en → vi', () => {
  const doc = parseI18nextPair(en, vi, { sourceLang: 'en', targetLang: 'vi' });

  it('pairs units by flattened key, skipping values that are not strings', () => {
    expect(doc.sourceLang).toBe('en');
    expect(doc.targetLang).toBe('vi');
    expect(summary(doc)).toEqual([
      { key: 'common.title', source: "Provincial People's Committee", target: 'Ủy ban nhân dân tỉnh', state: 'translated' },
      { key: 'common.greeting', source: 'Hello, {{name}}!', target: 'Xin chào, {{name}}!', state: 'translated' },
      {
        key: 'common.quote',
        source: 'The "Government"\nof Viet Nam é 😀',
        target: '"Chính phủ"\nViệt Nam',
        state: 'translated',
      },
      { key: 'nav.home', source: 'Home', target: 'Trang chủ', state: 'translated' },
      {
        key: 'delegate_one',
        source: '{{count}} delegate',
        target: '{{count}} đại biểu',
        state: 'translated',
        flags: ['pairedWith:delegate_other'],
      },
      { key: 'delegate_other', source: '{{count}} delegates', target: '{{count}} đại biểu', state: 'translated' },
      { key: 'friend_male', source: 'A friend', target: 'Một người bạn', state: 'translated' },
      { key: 'regions.0', source: 'North', target: 'Miền Bắc', state: 'translated' },
      { key: 'regions.1', source: 'South', target: 'Miền Nam', state: 'translated' },
      { key: 'onlyEnglish', source: 'Only in English', target: undefined, state: 'untranslated', flags: ['keyMissing'] },
      { key: 'empty', source: 'Ministry of Finance', target: '', state: 'untranslated' },
      { key: 'onlyVietnamese', source: undefined, target: 'Chỉ có tiếng Việt', state: undefined, flags: ['keyExtra'] },
    ]);
  });

  it('reports a key missing in the target (warning, in the source file) and an extra key (info, in the target file)', () => {
    expect(doc.notes).toEqual([
      {
        side: 'source',
        offset: en.indexOf('"onlyEnglish"'),
        end: en.indexOf('"onlyEnglish"') + '"onlyEnglish"'.length,
        ruleId: 'untranslated',
        severity: 'warning',
        messageId: 'keyMissing',
        data: { key: 'onlyEnglish' },
      },
      {
        side: 'target',
        offset: vi.indexOf('"onlyVietnamese"'),
        end: vi.indexOf('"onlyVietnamese"') + '"onlyVietnamese"'.length,
        ruleId: 'untranslated',
        severity: 'info',
        messageId: 'keyExtra',
        data: { key: 'onlyVietnamese' },
      },
    ]);
  });

  it('does not report the English _one form as missing in Vietnamese', () => {
    expect(doc.notes.map((n) => n.data.key)).not.toContain('delegate_one');
  });

  it('maps every character into its own file, escapes at their backslash', () => {
    expectExactMaps(doc, { source: en, target: vi });
    const quote = doc.units.find((u) => u.key === 'common.quote')!.source!;
    const at = (i: number) => en[toSourceOffset(quote, i)];
    expect(at(quote.text.indexOf('"'))).toBe('\\');
    expect(at(quote.text.indexOf('\n'))).toBe('\\');
    expect(en.slice(toSourceOffset(quote, quote.text.indexOf('é')), toSourceOffset(quote, quote.text.indexOf('é')) + 6)).toBe('\\u00e9');
    // Both halves of a surrogate pair written as two escapes map to their own escape.
    const smile = quote.text.indexOf('😀');
    expect(toSourceOffset(quote, smile + 1) - toSourceOffset(quote, smile)).toBe(6);
  });

  it('anchors each unit at its key, and marks segments with language, kind and key', () => {
    const unit = doc.units.find((u) => u.key === 'nav.home')!;
    expect(unit.anchor).toEqual({ side: 'source', offset: en.indexOf('"nav.home"'), end: en.indexOf('"nav.home"') + 10 });
    expect(unit.files).toEqual({ source: 'source', target: 'target' });
    expect(unit.placeholders).toEqual(['i18next']);
    expect(unit.source).toMatchObject({ lang: 'en', kind: 'value', key: 'nav.home' });
    expect(unit.target).toMatchObject({ lang: 'vi', kind: 'value', key: 'nav.home' });
    const extra = doc.units.find((u) => u.key === 'onlyVietnamese')!;
    expect(extra.anchor?.side).toBe('target');
  });

  it('maps an empty string to the place inside its quotes', () => {
    const t = doc.units.find((u) => u.key === 'empty')!.target!;
    expect(t.text).toBe('');
    expect(vi.slice(toSourceOffset(t, 0) - 1, toSourceOffset(t, 0) + 1)).toBe('""');
  });
});

describe('parseI18nextPair: vi → en', () => {
  const doc = parseI18nextPair(vi, en, { sourceLang: 'vi', targetLang: 'en' });

  it('pairs the English _one form with the Vietnamese _other form, with no note', () => {
    const one = doc.units.find((u) => u.key === 'delegate_one')!;
    expect(one.source?.text).toBe('{{count}} đại biểu');
    expect(one.target?.text).toBe('{{count}} delegate');
    expect(one.flags).toEqual(['pairedWith:delegate_other']);
    expect(doc.notes.map((n) => `${n.severity}:${n.data.key}`)).toEqual(['warning:onlyVietnamese', 'info:onlyEnglish']);
  });

  it('sets languages and keeps exact maps', () => {
    expect(doc.units.find((u) => u.key === 'common.title')?.source?.lang).toBe('vi');
    expectExactMaps(doc, { source: vi, target: en });
  });

  it('a Vietnamese empty source against a translated English target is translated', () => {
    expect(doc.units.find((u) => u.key === 'empty')?.state).toBe('translated');
  });
});

describe('plural and context suffixes', () => {
  const pair = (s: object, t: object, sourceLang: 'vi' | 'en' = 'en', targetLang: 'vi' | 'en' = 'vi') =>
    parseI18nextPair(JSON.stringify(s), JSON.stringify(t), { sourceLang, targetLang });

  it.each([
    [
      'v4 en → vi',
      { k_one: 'a', k_other: 'b' },
      { k_other: 'c' },
      [
        ['k_one', 'a', 'c'],
        ['k_other', 'b', 'c'],
      ],
    ],
    [
      'v3 en (key + _plural) → vi (_0)',
      { k: 'a', k_plural: 'b' },
      { k_0: 'c' },
      [
        ['k', 'a', 'c'],
        ['k_plural', 'b', 'c'],
      ],
    ],
    [
      'v3 en → vi with a bare key',
      { k: 'a', k_plural: 'b' },
      { k: 'c' },
      [
        ['k', 'a', 'c'],
        ['k_plural', 'b', 'c'],
      ],
    ],
    [
      'context and plural',
      { k_male_one: 'a', k_male_other: 'b', k_female: 'f' },
      { k_male_other: 'c', k_female: 'g' },
      [
        ['k_male_one', 'a', 'c'],
        ['k_male_other', 'b', 'c'],
        ['k_female', 'f', 'g'],
      ],
    ],
    [
      'ordinal',
      { place_ordinal_one: '1st', place_ordinal_other: 'nth' },
      { place_ordinal_other: 'thứ n' },
      [
        ['place_ordinal_one', '1st', 'thứ n'],
        ['place_ordinal_other', 'nth', 'thứ n'],
      ],
    ],
  ])('%s', (_name, s, t, expected) => {
    const doc = pair(s, t);
    expect(doc.units.map((u) => [u.key, u.source?.text, u.target?.text])).toEqual(expected);
    expect(doc.notes).toEqual([]);
  });

  it('vi → en v4: the English _one form becomes a unit paired with the Vietnamese _other', () => {
    const doc = pair({ k_other: 'c' }, { k_one: 'a', k_other: 'b' }, 'vi', 'en');
    expect(doc.units.map((u) => [u.key, u.source?.text, u.target?.text, u.flags])).toEqual([
      ['k_other', 'c', 'b', undefined],
      ['k_one', 'c', 'a', ['pairedWith:k_other']],
    ]);
    expect(doc.notes).toEqual([]);
  });

  it('a plural form with no family on the other side is still missing', () => {
    const doc = pair({ k_one: 'a', k_other: 'b' }, {});
    expect(doc.notes.map((n) => n.data.key)).toEqual(['k_one', 'k_other']);
  });
});

describe('flattening', () => {
  it.each([
    ['nested', '{"a":{"b":{"c":"x"}}}', 'a.b.c'],
    ['flat', '{"a.b.c":"x"}', 'a.b.c'],
    ['mixed', '{"a":{"b.c":"x"}}', 'a.b.c'],
    ['namespace', '{"translation":{"key":"x"}}', 'translation.key'],
    ['array of objects', '{"list":[{"t":"x"}]}', 'list.0.t'],
  ])('%s keys', (_name, json, key) => {
    expect(readI18nextFile(json, 'source').map((e) => e.key)).toEqual([key]);
  });

  it('a later duplicate key wins', () => {
    const entries = readI18nextFile('{"a":"1","a":"2"}', 'source');
    expect(entries.map((e) => [e.key, e.value.value])).toEqual([['a', '2']]);
  });

  it('accepts comments in .json files (as jsonc-parser does) and a BOM', () => {
    const text = '\uFEFF{\n  // note\n  "a": "x" /* c */\n}';
    const [e] = readI18nextFile(text, 'source');
    expect(e?.value.value).toBe('x');
    expect(text[toSourceOffset(e!.value, 0)]).toBe('x');
  });
});

describe('JavaScript locale files', () => {
  it.each([
    ['window.translations =', '// header\nwindow.translations = {\n  // c\n  "a": "x",\n  b: \'y\',\n};\n'],
    ['export default', "export default { a: 'x', 'b': \"y\" }\n"],
    ['module.exports', 'module.exports = {"a": "x", "b": "y",};'],
    ['const + export default', 'const vi = {\n  a: "x",\n  b: "y"\n};\nexport default vi;\n'],
  ])('%s', (_name, text) => {
    const entries = readI18nextFile(text, 'target');
    expect(entries.map((e) => [e.key, e.value.value])).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    for (const e of entries) expect(text[toSourceOffset(e.value, 0)]).toBe(e.value.value);
  });

  it('decodes JS escapes and maps them to the backslash', () => {
    const text = "export default { a: 'it\\'s \\x41\\u{1F600}' }";
    const [e] = readI18nextFile(text, 'source');
    expect(e?.value.value).toBe("it's A😀");
    expect(text[toSourceOffset(e!.value, 2)]).toBe('\\');
  });

  it.each([
    ['a function call', 'export default makeStrings({ a: "x" })', 1, 16],
    ['a template literal', 'export default { a: `x` }', 1, 21],
    ['code after the object', 'export default { a: "x" }\nconsole.log(1)', 2, 1],
  ])('rejects %s', (_name, text, line, column) => {
    expect(formatErrorOf(() => readI18nextFile(text, 'source'))).toMatchObject({ line, column });
  });
});

describe('malformed files', () => {
  it.each([
    ['trailing comma', '{\n  "a": "x",\n}', 2, 11, 'invalidJson'],
    ['missing comma', '{\n  "a": "x"\n  "b": "y"\n}', 3, 3, 'invalidJson'],
    ['unterminated string', '{"a": "x', 1, 9, 'invalidJson'],
    ['bad escape', '{"a": "\\q"}', 1, 8, 'invalidJson'],
    ['raw line break in a string', '{"a": "x\ny"}', 1, 9, 'invalidJson'],
    ['single quotes', "{'a': 'x'}", 1, 2, 'invalidJson'],
    ['content after the object', '{"a": "x"} {}', 1, 12, 'invalidJson'],
    ['empty file', '', 1, 1, 'invalidJson'],
    ['top level array', '["a"]', 1, 1, 'topLevelNotObject'],
    ['top level string', '"a"', 1, 1, 'topLevelNotObject'],
  ])('%s', (_name, text, line, column, messageId) => {
    expect(formatErrorOf(() => parseI18nextPair(text, '{}', { sourceLang: 'vi', targetLang: 'en' }))).toEqual({
      side: 'source',
      line,
      column,
      messageId,
    });
  });

  it('names the target side when the target is broken, with the detail code', () => {
    try {
      parseI18nextPair('{}', '{"a" "x"}', { sourceLang: 'vi', targetLang: 'en' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ side: 'target', line: 1, column: 6, messageId: 'invalidJson', data: { detail: 'expectedColon', found: '"' } });
    }
  });
});
