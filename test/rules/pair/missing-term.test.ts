import { describe, expect, it } from 'vitest';
import { missingTerm } from '../../../src/rules/missing-term.js';
import { compileGlossary } from '../../../src/glossary/compile.js';
import { concepts, pairView, places, run, runUnit, segmentView, type Direction, type UnitSpec } from './helpers.js';
import type { Concept } from '../../../src/types.js';

const valid: Array<[Direction, UnitSpec]> = [
  ['vi-en', { source: 'Chính phủ họp.', target: 'The Government met.' }],
  ['vi-en', { source: 'Chính phủ và Chính phủ.', target: 'The Government and the Cabinet.' }],
  // A deprecated rendering counts as rendered (deprecated-term reports it).
  ['vi-en', { source: 'Chính phủ họp.', target: 'The Administration met.' }],
  ['vi-en', { source: 'QH họp.', target: 'The National Assembly met.' }],
  ['vi-en', { source: 'Không có thuật ngữ nào.', target: 'No term at all.' }],
  // A proper name in lower case is an ordinary word: "chính phủ điện tử" is e-government.
  ['vi-en', { source: 'Xây dựng chính phủ điện tử.', target: 'Building e-government.' }],
  // The place slot: either place or none, the concept is the same.
  ['vi-en', { source: 'Ban Dân vận Tỉnh ủy Quảng Trị họp.', target: "The Quang Tri Provincial Party Committee's Mass Mobilisation Commission met." }],
  // Ambiguous source form: either concept in the target answers it.
  ['vi-en', { source: 'Ban Tổ chức họp.', target: "The Provincial Party Committee's Organisation Commission met." }],
  // Left to untranslated.
  ['vi-en', { source: 'Chính phủ họp.', target: '', state: 'untranslated' }],
  ['vi-en', { source: 'Chính phủ họp.', target: '   ' }],
  ['en-vi', { source: 'The Government met.', target: 'Chính phủ họp.' }],
  ['en-vi', { source: 'The Administration met.', target: 'Chính phủ họp.' }],
  ['en-vi', { source: 'The National Assembly met.', target: 'QH họp.' }],
  // A one-word name inside a longer name the glossary does not know names something else.
  ['en-vi', { source: 'UK Open Government Licence (OGL)', target: 'Giấy phép OGL' }],
];

describe('missing-term', () => {
  it.each(valid)('valid %s: %j', (direction, spec) => {
    expect(runUnit(missingTerm, spec, direction)).toEqual([]);
  });

  it('reports each missing occurrence: three "Chính phủ", two "Government"', () => {
    const got = runUnit(missingTerm, { source: 'Chính phủ, Chính phủ và Chính phủ.', target: 'The Government and the Government.' });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      side: 'target',
      start: 0,
      end: 'The Government and the Government.'.length,
      messageId: 'missingTerm',
      conceptId: 'chinh-phu',
      data: { vi: 'Chính phủ', en: 'Government', term: 'Chính phủ', counterpart: 'Government', count: 3, found: 2 },
      expected: ['Government'],
    });
  });

  it('reports once per concept, with both counts, however many mentions are missing', () => {
    const got = runUnit(missingTerm, { source: 'Chính phủ và Quốc hội và Quốc hội.', target: 'They met.' });
    expect(got.map((r) => [r.conceptId, r.data.count, r.data.found])).toEqual([
      ['chinh-phu', 1, 0],
      ['quoc-hoi', 2, 0],
    ]);
    const one = runUnit(missingTerm, { source: 'Quốc hội và Quốc hội và Quốc hội.', target: 'The National Assembly met twice: the National Assembly.' });
    expect(one.map((r) => [r.conceptId, r.data.count, r.data.found])).toEqual([['quoc-hoi', 3, 2]]);
  });

  it('an abbreviation variant in capitals asks for its concept', () => {
    const got = runUnit(missingTerm, { source: 'QH họp.', target: 'They met.' });
    expect(got).toMatchObject([{ conceptId: 'quoc-hoi', expected: ['National Assembly'] }]);
  });

  it('a one-word variant in lower case does not ask for its concept', () => {
    const g = compileGlossary({ concepts: [...concepts, { ...concepts[1]!, id: 'thon', vi: 'thôn', en: 'village', viVariants: ['bản'], caseSensitive: false }], places: [] });
    const view = pairView([{ source: 'Phiên bản mới', target: 'New version' }]);
    const units = view.units.map((u) => ({ ...u, source: segmentView(u.source!.segment.text, 'vi', g), target: segmentView(u.target!.segment.text, 'en', g) }));
    expect(units[0]!.source.occurrences).toHaveLength(1);
    expect(run(missingTerm, { ...view, units, glossary: g })).toEqual([]);
  });

  it('en→vi: expects the Vietnamese preferred term', () => {
    const got = runUnit(missingTerm, { source: 'The Government and the Cabinet.', target: 'Chính phủ.' }, 'en-vi');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ side: 'target', expected: ['Chính phủ'], data: { term: 'Government', counterpart: 'Chính phủ', count: 2, found: 1 } });
  });

  it('en→vi: a one-word name after a function word, or before any word, still asks for its term', () => {
    expect(runUnit(missingTerm, { source: 'The Government met.', target: 'Họ đã họp.' }, 'en-vi')).toHaveLength(1);
    expect(runUnit(missingTerm, { source: 'Thanks to the Government support', target: 'Nhờ sự hỗ trợ' }, 'en-vi')).toHaveLength(1);
    // a capitalised word after it is most often a name: "the Government Gateway" is not told apart
    expect(runUnit(missingTerm, { source: 'The Government Gateway opened.', target: 'Cổng thông tin đã mở.' }, 'en-vi')).toHaveLength(1);
  });

  it('en→vi: a deprecated source form is a mention too', () => {
    const got = runUnit(missingTerm, { source: 'The Administration met.', target: 'Họ đã họp.' }, 'en-vi');
    expect(got).toMatchObject([{ conceptId: 'chinh-phu', expected: ['Chính phủ'] }]);
  });

  it('fills the place slot of the expected term from the source', () => {
    const got = runUnit(missingTerm, { source: 'Ban Dân vận Tỉnh ủy Quảng Trị họp.', target: 'The commission met.' });
    expect(got).toMatchObject([{ expected: ["Quang Tri Provincial Party Committee's Mass Mobilisation Commission"], conceptId: 'ban-dan-van-tinh-uy' }]);
  });

  it('en→vi: the place of the source follows the Vietnamese term', () => {
    const got = runUnit(missingTerm, { source: "The Quang Tri Provincial Party Committee's Mass Mobilisation Commission met.", target: 'Họ đã họp.' }, 'en-vi');
    expect(got).toMatchObject([{ expected: ['Ban Dân vận Tỉnh ủy Quảng Trị'], data: { vi: 'Ban Dân vận Tỉnh ủy Quảng Trị' } }]);
  });

  it('an ambiguous source form names each of its concepts as expected', () => {
    const got = runUnit(missingTerm, { source: 'Ban Tổ chức họp.', target: 'The board met.' });
    expect(got).toHaveLength(1);
    expect(got[0]!.expected).toEqual(["Party Central Committee's Organisation Commission", "Provincial Party Committee's Organisation Commission"]);
  });

  it('with no target segment, reports on the source at the occurrence', () => {
    const got = runUnit(missingTerm, { source: 'Họp Chính phủ.', target: null });
    expect(got).toMatchObject([{ side: 'source', start: 4, end: 13, actual: 'Chính phủ' }]);
  });

  it('checks every unit of a view', () => {
    const view = pairView([
      { source: 'Chính phủ.', target: 'The Government.' },
      { source: 'Quốc hội.', target: 'Parliament.' },
    ]);
    expect(run(missingTerm, view).map((r) => r.conceptId)).toEqual(['quoc-hoi']);
  });
});

describe('missing-term: one-word forms that are mostly ordinary words', () => {
  it('an en → vi one-word name at the very start is a label, not a mention; later in the text it is', () => {
    expect(runUnit(missingTerm, { source: 'Government', target: 'Nhà nước' }, 'en-vi')).toEqual([]);
    expect(runUnit(missingTerm, { source: 'Ask the Government', target: 'Hỏi nhà nước' }, 'en-vi')).toHaveLength(1);
  });

  it('an abbreviation counts only in capitals', () => {
    expect(runUnit(missingTerm, { source: 'Họ và Qh đã họp.', target: 'They met.' })).toEqual([]);
    expect(runUnit(missingTerm, { source: 'Họ và QH đã họp.', target: 'They met.' })).toHaveLength(1);
  });
});

describe('missing-term and place names', () => {
  const extra: Concept[] = [
    { ...concepts[1]!, id: 'ban-thuong-vu-tinh-uy', domain: 'party-organ', vi: 'Ban Thường vụ Tỉnh ủy', en: 'Standing Committee of the Provincial Party Committee', viVariants: [] },
    { ...concepts[1]!, id: 'tinh-quang-tri', domain: 'administrative-unit', vi: 'tỉnh Quảng Trị', en: 'Quang Tri Province', viVariants: ['Quảng Trị'] },
  ];
  const g = compileGlossary({ concepts: [...concepts, ...extra], places });
  const check = (source: string, target: string) => {
    const view = pairView([{ source, target }]);
    const units = view.units.map((u) => ({ ...u, source: segmentView(source, 'vi', g), target: segmentView(target, 'en', g) }));
    return run(missingTerm, { ...view, units, glossary: g });
  };

  it('a place name inside an English term does not hide the term', () => {
    expect(check('Ban Thường vụ Tỉnh ủy họp.', 'The Standing Committee of the Quang Tri Provincial Party Committee met.')).toEqual([]);
  });

  it('a bare place name answers the province named by its bare name', () => {
    expect(check('Ban Thường vụ Tỉnh ủy Quảng Trị họp.', 'The Standing Committee of the Quang Tri Provincial Party Committee met.')).toEqual([]);
    expect(check('Quảng Trị có mưa.', 'It rained in Quang Tri.')).toEqual([]);
  });

  it('still asks for what the translation leaves out', () => {
    expect(check('Ban Thường vụ Tỉnh ủy Quảng Trị họp.', 'The Quang Tri Provincial Party Committee met.').map((r) => r.conceptId)).toEqual(['ban-thuong-vu-tinh-uy']);
    expect(check('Quảng Trị có mưa.', 'It rained in the central province.').map((r) => r.conceptId)).toEqual(['tinh-quang-tri']);
    // one English mention answers one Vietnamese mention: "Quang Tri Province" is not two
    expect(check('Quảng Trị và tỉnh Quảng Trị.', 'Quang Tri Province.')).toMatchObject([{ conceptId: 'tinh-quang-tri', data: { count: 2, found: 1 } }]);
  });
});
