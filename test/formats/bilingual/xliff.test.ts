import { describe, expect, it } from 'vitest';
import { parseXliff } from '../../../src/formats/xliff.js';
import { toSourceOffset } from '../../../src/formats/locate.js';
import { expectExactMaps, fixture, formatErrorOf, summary } from './helpers.js';

const x12 = fixture('strings.en-vi.xlf');
const x20 = fixture('strings.vi-en.xlf');

describe('XLIFF 1.2 (en → vi)', () => {
  const doc = parseXliff(x12);

  it('reads languages from <file> by their first two letters', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en', 'vi']);
  });

  it('turns trans-units into units with decoded text, states and flags', () => {
    expect(summary(doc)).toEqual([
      { key: 'title', source: "Provincial People's Committee", target: 'Ủy ban nhân dân tỉnh', state: 'translated', flags: ['translated'] },
      {
        key: 'bold',
        source: 'The National Assembly met\uFFFCtoday & yesterday.',
        target: 'Quốc hội đã họp\uFFFChôm nay & hôm qua.',
        state: 'fuzzy',
        flags: ['needs-review-translation'],
      },
      { key: 'empty', source: 'Ministry of Finance', target: '', state: 'untranslated', flags: ['new'] },
      { key: 'none', source: 'Prime Minister <b>', target: undefined, state: 'untranslated' },
      { key: 'native', source: 'Press OK ạ', target: 'Nhấn OK', state: 'translated' },
    ]);
  });

  it('records inline codes per side', () => {
    const codes = Object.fromEntries(doc.units.map((u) => [u.key, u.codes]));
    expect(codes.bold).toEqual({ source: ['g id=1', 'x id=2'], target: ['g id=1', 'x id=2'] });
    expect(codes.native).toEqual({ source: ['bpt id=1', 'ept id=1'], target: ['bpt id=1', 'ept id=1'] });
    expect(codes.title).toEqual({ source: [], target: [] });
  });

  it('maps every character into the file; entities at their ampersand; barriers at the tag', () => {
    expectExactMaps(doc, { source: x12, target: x12 });
    const bold = doc.units.find((u) => u.key === 'bold')!.source!;
    expect(x12.slice(toSourceOffset(bold, bold.text.indexOf('&')), toSourceOffset(bold, bold.text.indexOf('&')) + 5)).toBe('&amp;');
    expect(x12.slice(toSourceOffset(bold, bold.text.indexOf('\uFFFC'))).startsWith('<x id="2"/>')).toBe(true);
    const native = doc.units.find((u) => u.key === 'native')!.target!;
    expect(x12.slice(toSourceOffset(native, 2)).startsWith('&#x1EA5;')).toBe(true);
  });

  it('anchors units at their <trans-unit> start tag, both sides in the one file', () => {
    const unit = doc.units[0]!;
    expect(x12.slice(unit.anchor!.offset, unit.anchor!.end)).toBe('<trans-unit id="title">');
    expect(unit.files).toEqual({ source: 'source', target: 'source' });
    expect(unit.placeholders).toEqual(['xliff', 'icu']);
    expect(unit.source).toMatchObject({ lang: 'en', kind: 'source', key: 'title' });
    expect(unit.target).toMatchObject({ lang: 'vi', kind: 'target', key: 'title' });
  });

  it('ignores <alt-trans> and units with translate="no"', () => {
    expect(doc.units.map((u) => u.target?.text)).not.toContain('ignored');
    expect(doc.units.map((u) => u.key)).not.toContain('skip');
  });
});

describe('XLIFF 2.0 (vi → en)', () => {
  const doc = parseXliff(x20);

  it('reads srcLang / trgLang and segments; multi-segment units get per-segment keys', () => {
    expect([doc.sourceLang, doc.targetLang]).toEqual(['vi', 'en']);
    expect(summary(doc)).toEqual([
      {
        key: 'u1',
        source: 'Ban Chấp hành Trung ương Đảng\uFFFC',
        target: 'Party Central Committee\uFFFC',
        state: 'translated',
        flags: ['final'],
      },
      { key: 'u2/s1', source: 'Thủ tướng Chính phủ', target: 'Prime Minister', state: 'untranslated', flags: ['initial'] },
      { key: 'u2/2', source: 'Bộ Tài chính', target: undefined, state: 'untranslated' },
    ]);
    expect(doc.units[0]!.codes).toEqual({ source: ['pc id=1', 'ph id=2'], target: ['pc id=1', 'ph id=2'] });
  });

  it('maps exactly and anchors multi-segment units at their <segment>', () => {
    expectExactMaps(doc, { source: x20, target: x20 });
    expect(x20.slice(doc.units[1]!.anchor!.offset, doc.units[1]!.anchor!.end)).toBe('<segment id="s1" state="initial">');
    expect(x20.slice(doc.units[0]!.anchor!.offset, doc.units[0]!.anchor!.end)).toBe('<unit id="u1">');
  });

  it('2.0 codes: sc/ec with startRef, sm/em and mrk leave no barrier', () => {
    const text =
      '<xliff version="2.0" srcLang="en" trgLang="vi"><file id="f"><unit id="a"><segment>' +
      '<source>A <sc id="1"/>b<ec startRef="1"/> <mrk id="m" type="term">c</mrk><sm id="s"/>d<em startRef="s"/></source>' +
      '</segment></unit></file></xliff>';
    const [unit] = parseXliff(text).units;
    expect(unit?.source?.text).toBe('A b cd');
    expect(unit?.codes?.source).toEqual(['sc id=1', 'ec startRef=1', 'mrk id=m', 'sm id=s', 'em startRef=s']);
  });
});

describe('languages and options', () => {
  const minimal = (attrs: string) =>
    `<xliff version="1.2"><file ${attrs}><body><trans-unit id="a"><source>x</source><target>y</target></trans-unit></body></file></xliff>`;

  it('options override the file', () => {
    const doc = parseXliff(minimal('source-language="fr" target-language="de"'), { sourceLang: 'vi', targetLang: 'en' });
    expect([doc.sourceLang, doc.targetLang]).toEqual(['vi', 'en']);
  });

  it.each([
    ['unsupported language', minimal('source-language="fr" target-language="vi"'), 'unsupportedLanguage'],
    ['missing language', minimal('source-language="en"'), 'missingLanguage'],
  ])('%s → FormatError', (_name, text, messageId) => {
    expect(formatErrorOf(() => parseXliff(text))).toMatchObject({ messageId, line: 1, column: 22 });
  });
});

describe('malformed XLIFF', () => {
  it.each([
    ['mismatched end tag', '<xliff version="1.2">\n<file>\n</body>\n</xliff>', 3, 7],
    ['unclosed root', '<xliff version="1.2">\n<file source-language="en">', 2, 27],
    ['bad entity', '<xliff version="1.2">\n  <x>&nope;</x></xliff>', 2, 11],
  ])('%s → invalidXml with line and column', (_name, text, line, column) => {
    expect(formatErrorOf(() => parseXliff(text))).toEqual({ side: 'source', line, column, messageId: 'invalidXml' });
  });

  it('a root that is not <xliff> → notXliff', () => {
    expect(formatErrorOf(() => parseXliff('<html/>'))).toMatchObject({ messageId: 'notXliff', line: 1, column: 1 });
  });

  it('a trans-unit without <source> → missingSource', () => {
    const text = '<xliff version="1.2"><file source-language="en" target-language="vi"><body>\n  <trans-unit id="a"><target>y</target></trans-unit></body></file></xliff>';
    expect(formatErrorOf(() => parseXliff(text))).toMatchObject({ messageId: 'missingSource', line: 2, column: 3 });
  });
});
