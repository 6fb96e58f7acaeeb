import { describe, expect, it } from 'vitest';
import { countPoStatistics, parsePo } from '../../../src/formats/po.js';
import { toSourceOffset } from '../../../src/formats/locate.js';
import { expectExactMaps, fixture, formatErrorOf, summary } from './helpers.js';

const stats = fixture('stats.vi.po');

describe('PO (en → vi, Language: vi)', () => {
  const doc = parsePo(stats);

  it('takes the languages from the header', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en', 'vi']);
  });

  it('turns entries into units; the header and obsolete entries are not units', () => {
    expect(summary(doc)).toEqual([
      { key: "People's Committee of the province", source: "People's Committee of the province", target: 'Ủy ban nhân dân tỉnh', state: 'translated' },
      { key: '%d delegates attended', source: '%d delegates attended', target: '%d đại biểu tham dự', state: 'translated', flags: ['c-format'] },
      { key: 'menu\u0004Open', source: 'Open', target: 'Mở', state: 'translated' },
      { key: 'The National Assembly met today.', source: 'The National Assembly met today.', target: 'Quốc hội họp hôm nay.', state: 'translated' },
      { key: 'Hello %(name)s', source: 'Hello %(name)s', target: 'Xin chào %(name)s', state: 'fuzzy', flags: ['fuzzy', 'python-format'] },
      { key: 'Standing Committee', source: 'Standing Committee', target: '', state: 'untranslated', flags: ['fuzzy'] },
      { key: 'Ministry of Finance', source: 'Ministry of Finance', target: '', state: 'untranslated' },
      // nplurals=1: the one Vietnamese form pairs with msgid_plural.
      { key: 'One province[0]', source: '%d provinces', target: '%d tỉnh', state: 'translated' },
      { key: 'One commune[0]', source: '%d communes', target: '', state: 'untranslated' },
    ]);
    expect(doc.units.every((u) => u.placeholders.join() === 'printf,icu')).toBe(true);
  });

  it('counts entries as msgfmt --statistics does for this fixture: 5 translated, 1 fuzzy, 3 untranslated', () => {
    // Read off the fixture: 4 translated singular entries + 1 translated plural; 1 fuzzy with a
    // translation; untranslated: an empty msgstr, a fuzzy entry with an empty msgstr, an empty plural.
    expect(countPoStatistics(doc)).toEqual({ translated: 5, fuzzy: 1, untranslated: 3 });
  });

  it('maps every character, across continuation lines, into the quotes', () => {
    expectExactMaps(doc, { source: stats, target: stats });
    const multi = doc.units.find((u) => u.key.startsWith('The National'))!;
    const t = multi.target!;
    const i = t.text.indexOf('họp');
    expect(stats.slice(toSourceOffset(t, i), toSourceOffset(t, i) + 3)).toBe('họp');
    expect(stats[toSourceOffset(t, i) - 1]).toBe('"');
  });

  it('anchors units at their msgid, and segments carry kinds and languages', () => {
    const unit = doc.units.find((u) => u.key === 'menu\u0004Open')!;
    expect(stats.slice(unit.anchor!.offset, unit.anchor!.end)).toBe('msgid "Open"');
    expect(unit.source).toMatchObject({ lang: 'en', kind: 'msgid' });
    expect(unit.target).toMatchObject({ lang: 'vi', kind: 'msgstr' });
    expect(unit.files).toEqual({ source: 'source', target: 'source' });
    const plural = doc.units.find((u) => u.key === 'One province[0]')!;
    expect(plural.source?.kind).toBe('msgid_plural');
  });
});

describe('PO (vi → en, Language: en)', () => {
  const text = [
    'msgid ""',
    'msgstr ""',
    '"Language: en_GB\\n"',
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
    '',
    'msgid "%d tỉnh"',
    'msgid_plural "%d tỉnh"',
    'msgstr[0] "%d province"',
    'msgstr[1] "%d provinces"',
    '',
    'msgid "Tab\\tthen \\"quote\\" \\\\ \\101"',
    'msgstr "x"',
    '',
  ].join('\r\n');
  const doc = parsePo(text);

  it('reverses the direction and pairs msgstr[0] with msgid, msgstr[1] with msgid_plural', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['vi', 'en']);
    expect(doc.units.map((u) => [u.key, u.source?.kind, u.target?.text])).toEqual([
      ['%d tỉnh[0]', 'msgid', '%d province'],
      ['%d tỉnh[1]', 'msgid_plural', '%d provinces'],
      ['Tab\tthen "quote" \\ A', 'msgid', 'x'],
    ]);
  });

  it('decodes C escapes, each mapped to its backslash (CRLF file)', () => {
    expectExactMaps(doc, { source: text, target: text });
    const seg = doc.units[2]!.source!;
    expect(text[toSourceOffset(seg, 3)]).toBe('\\');
    expect(text.slice(toSourceOffset(seg, seg.text.length - 1), toSourceOffset(seg, seg.text.length - 1) + 4)).toBe('\\101');
  });

  it('options override the header', () => {
    const d = parsePo(text, { sourceLang: 'en', targetLang: 'vi' });
    expect([d.sourceLang, d.targetLang]).toEqual(['en', 'vi']);
  });

  it('a plural entry counts once', () => {
    expect(countPoStatistics(doc)).toEqual({ translated: 2, fuzzy: 0, untranslated: 0 });
  });
});

describe('malformed PO', () => {
  const head = 'msgid ""\nmsgstr "Language: vi\\n"\n\n';
  it.each([
    ['a string without quotes', 'msgid hello\nmsgstr ""', 1, 7, 'expectedString'],
    ['an unterminated string', 'msgid "hello\nmsgstr ""', 1, 7, 'unterminatedString'],
    ['an unknown keyword', 'msgid "a"\nmsgstring "b"', 2, 1, 'unknownKeyword'],
    ['msgstr without msgid', 'msgstr "b"', 1, 1, 'msgstrWithoutMsgid'],
    ['a msgid without msgstr', 'msgid "a"\n\nmsgid "b"\nmsgstr ""', 1, 1, 'missingMsgstr'],
    ['msgstr[n] without msgid_plural', 'msgid "a"\nmsgstr[0] "b"', 2, 1, 'pluralMismatch'],
    ['text after the string', 'msgid "a" x\nmsgstr ""', 1, 11, 'trailingCharacters'],
    ['a bad escape', 'msgid "a\\qb"\nmsgstr ""', 1, 9, 'badEscape'],
    ['a stray string', '"a"\n', 1, 1, 'unexpectedString'],
    ['a duplicate entry', 'msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"', 4, 1, 'duplicateEntry'],
  ])('%s → FormatError', (_name, body, line, column, messageId) => {
    expect(formatErrorOf(() => parsePo(head + body))).toEqual({ side: 'source', line: line + 3, column, messageId });
  });

  it.each([
    ['no header', 'msgid "a"\nmsgstr "b"\n', 'missingLanguage'],
    ['an unsupported language', 'msgid ""\nmsgstr "Language: fr\\n"\n', 'unsupportedLanguage'],
  ])('%s → FormatError at the start', (_name, text, messageId) => {
    expect(formatErrorOf(() => parsePo(text))).toMatchObject({ line: 1, column: 1, messageId });
  });

  it('no header is fine when the languages are given', () => {
    expect(parsePo('msgid "a"\nmsgstr "b"\n', { targetLang: 'en' }).sourceLang).toBe('vi');
  });
});
