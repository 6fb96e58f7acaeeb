/**
 * The near-miss rule in valid / invalid tables over a small glossary of our own. Assertions are on
 * messageId, data, expected and conceptId; the rule suggests and never fixes.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/formats/markdown.js';
import { compileGlossary, type CompiledGlossary } from '../../src/glossary/compile.js';
import { createFuzzyIndex } from '../../src/match/fuzzy.js';
import { createMatcher } from '../../src/match/matcher.js';
import { createSpellingTally, tokenize } from '../../src/normalize/index.js';
import { nearMiss } from '../../src/rules/near-miss.js';
import type { Report, SegmentView, Spelling } from '../../src/rules/types.js';
import type { Concept, Place, Segment } from '../../src/types.js';

const base = { viVariants: [] as string[], admitted: [], deprecated: [], caseSensitive: true, status: 'active' as const, sources: ['test'] };

const concepts: Concept[] = [
  {
    ...base,
    id: 'ban-dan-van-trung-uong',
    domain: 'party-organ',
    vi: 'Ban Dân vận Trung ương',
    en: "Party Central Committee's Commission for Mass Mobilisation",
    admitted: [{ term: 'Central Commission for Mass Mobilisation' }],
    deprecated: [{ term: 'Central Committee for Mass Mobilization', reason: 'names the Central Committee itself' }],
  },
  {
    ...base,
    id: 'ban-dan-van-tinh-uy',
    domain: 'party-organ',
    vi: 'Ban Dân vận Tỉnh ủy',
    en: "{place} Party Committee's Mass Mobilisation Commission",
    admitted: [{ term: 'Mass Mobilisation Commission of the {place} Party Committee' }],
  },
  {
    ...base,
    id: 'bo-tai-nguyen-va-moi-truong',
    domain: 'state-organ',
    vi: 'Bộ Tài nguyên và Môi trường',
    en: 'Ministry of Natural Resources and Environment',
  },
  {
    ...base,
    id: 'mat-tran-to-quoc-viet-nam',
    domain: 'mass-organization',
    vi: 'Mặt trận Tổ quốc Việt Nam',
    en: 'Vietnam Fatherland Front',
    exceptions: ['Fatherlan Front Records'],
  },
  { ...base, id: 'tinh-uy', domain: 'party-organ', vi: 'Tỉnh ủy', en: 'Provincial Party Committee' },
  { ...base, id: 'ubnd', domain: 'local-government', vi: 'Ủy ban nhân dân', en: "People's Committee" },
  // a one-word term: "CPC" here is a commune's committee, and China's Communist Party elsewhere
  { ...base, id: 'ubnd-xa', domain: 'local-government', vi: 'Ủy ban nhân dân xã', en: "Commune People's Committee", admitted: [{ term: 'CPC' }] },
  {
    ...base,
    id: 'uy-ban-doi-ngoai',
    domain: 'state-organ',
    vi: 'Ủy ban Đối ngoại',
    en: 'Committee for External Relations',
    admitted: [{ term: 'Foreign Affairs Committee' }],
  },
];
const places: Place[] = [
  { id: 'quang-tri', kind: 'province', vi: 'Quảng Trị', en: 'Quang Tri', enVariants: [], status: 'active', sources: ['test'] },
];
const glossary: CompiledGlossary = compileGlossary({ concepts, places });

function views(text: string, options: { lang?: 'vi' | 'en' } = {}): SegmentView[] {
  const matcher = createMatcher(glossary, { lang: 'en' });
  const segments: Segment[] = options.lang
    ? [{ text, map: [[0, 0]], kind: 'value', lang: options.lang }]
    : parseMarkdown(text).segments;
  return segments.map((segment) => {
    const tokens = tokenize(segment.text);
    return { segment, tokens, occurrences: matcher.match(tokens) };
  });
}

function reports(text: string, options: { spelling?: Spelling; lang?: 'vi' | 'en' } = {}): Report[] {
  const out: Report[] = [];
  const spelling = options.spelling ?? 'gb';
  const doc = { glossary, spelling: { ize: spelling, other: spelling }, spellingTally: createSpellingTally() };
  const run = nearMiss.start(doc, (r) => out.push(r), { spelling: 'consistent' });
  for (const view of views(text, options)) run.segment(view);
  run.finish?.();
  return out;
}

describe('near-miss', () => {
  it('is a warning without a fix', () => {
    expect(nearMiss).toMatchObject({ id: 'near-miss', severity: 'warning', fixable: false });
  });

  it.each([
    'The Ministry of Natural Resources and Environment issued the permit.',
    'Leaders of the Vietnam Fatherland Front attended.',
    'The Central Committee for Mass Mobilization met.',
    "The Quang Tri Party Committee's Mass Mobilisation Commission met.",
    'the provincial party committees',
    'of the People',
    'Natural resources and the environment are protected by law.',
    '`Ministry of Natural Resource and Enviroment` in code is not prose.',
    // the concept lists the phrase as an exception
    'The band Vietnam Fatherlan Front Records released an album.',
    // part of a longer name the glossary does not know: another body
    'Wang Yi, Director of the Office of the Foreign Affairs Commission of the CPC Central Committee, attended.',
    "He met China's Foreign Affairs Commission.",
    'The Chinese Foreign Affairs Commission met.',
  ])('valid: %s', (text) => {
    expect(reports(text)).toEqual([]);
  });

  it('skips Vietnamese segments', () => {
    expect(reports('Vietnam Fatherlan Front', { lang: 'vi' })).toEqual([]);
    expect(reports('Vietnam Fatherlan Front', { lang: 'en' })).toHaveLength(1);
  });

  it.each([
    [
      'The Central Committee of Mass Mobilization met on Monday.',
      {
        start: 4,
        end: 42,
        conceptId: 'ban-dan-van-trung-uong',
        data: {
          actual: 'Central Committee of Mass Mobilization',
          expected: "Party Central Committee's Commission for Mass Mobilisation",
          vi: 'Ban Dân vận Trung ương',
        },
        expected: ["Party Central Committee's Commission for Mass Mobilisation"],
      },
    ],
    [
      'Officials of the Ministry of Natural Resource and Enviroment said so.',
      {
        conceptId: 'bo-tai-nguyen-va-moi-truong',
        data: {
          actual: 'Ministry of Natural Resource and Enviroment',
          expected: 'Ministry of Natural Resources and Environment',
          vi: 'Bộ Tài nguyên và Môi trường',
        },
      },
    ],
    [
      'Leaders of the *Vietnam Fatherlan Front* attended.',
      {
        conceptId: 'mat-tran-to-quoc-viet-nam',
        data: { actual: 'Vietnam Fatherlan Front', expected: 'Vietnam Fatherland Front' },
      },
    ],
    [
      // the expected term drops the place slot of the preferred term
      'The Mass Mobilisation Commission for the Quang Tri Party Committee met.',
      {
        conceptId: 'ban-dan-van-tinh-uy',
        data: {
          actual: 'Mass Mobilisation Commission for the Quang Tri Party Committee',
          expected: "Party Committee's Mass Mobilisation Commission",
        },
        expected: ["Party Committee's Mass Mobilisation Commission"],
      },
    ],
    [
      'The Foreign Affairs Commission met on Monday.',
      { conceptId: 'uy-ban-doi-ngoai', data: { actual: 'Foreign Affairs Commission', expected: 'Committee for External Relations' } },
    ],
    [
      // a place, or a word of a glossary term, after "of" is no unknown name
      'The Central Committee of Mass Mobilization of Quang Tri met.',
      { conceptId: 'ban-dan-van-trung-uong', data: { actual: 'Central Committee of Mass Mobilization' } },
    ],
    [
      // a code in capitals before the span is no word of a name
      'Decision 12/NQ-TW Vietnam Fatherlan Front',
      { conceptId: 'mat-tran-to-quoc-viet-nam', data: { actual: 'Vietnam Fatherlan Front' } },
    ],
    [
      "The Foreign Affairs Commission of the People's Committee met.",
      { conceptId: 'uy-ban-doi-ngoai', data: { actual: 'Foreign Affairs Commission' } },
    ],
  ])('invalid: %s', (text, expected) => {
    const got = reports(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ messageId: 'nearMiss', ...expected });
    expect(got[0]).not.toHaveProperty('fix');
    expect(got[0]!.segment.text.slice(got[0]!.start, got[0]!.end)).toBe(got[0]!.data.actual);
  });

  it('writes the suggestion in the spelling of the document', () => {
    const [r] = reports('The Central Committee of Mass Mobilization met.', { spelling: 'us' });
    expect(r?.data.expected).toBe("Party Central Committee's Commission for Mass Mobilization");
    expect(r?.expected).toEqual(["Party Central Committee's Commission for Mass Mobilization"]);
  });

  it('reports each near-miss of a document once, in every segment', () => {
    const got = reports('# The Vietnam Fatherlan Front\n\nThe Central Committee of Mass Mobilization and the Vietnam Fatherlan Front met.\n');
    expect(got.map((r) => [r.data.actual, r.conceptId])).toEqual([
      ['Vietnam Fatherlan Front', 'mat-tran-to-quoc-viet-nam'],
      ['Central Committee of Mass Mobilization', 'ban-dan-van-trung-uong'],
      ['Vietnam Fatherlan Front', 'mat-tran-to-quoc-viet-nam'],
    ]);
  });

  it('builds its index when prepared, and later lookups get that same index', () => {
    const fresh = compileGlossary({ concepts, places: [] });
    nearMiss.prepare!(fresh);
    const prepared = createFuzzyIndex(fresh, { lang: 'en' });
    expect(prepared.entries.length).toBeGreaterThan(0);
    expect(createFuzzyIndex(fresh, { lang: 'en' })).toBe(prepared);
  });
});
