/**
 * The fuzzy near-miss stage over a small glossary of our own (so the tests do not move with the
 * built-in data), plus a few checks against the built-in glossary and a property test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBuiltinGlossary } from '../../src/glossary/builtin.js';
import { compileGlossary, PLACE_SLOT, type CompiledGlossary } from '../../src/glossary/compile.js';
import { createFuzzyIndex, editDistance, findNearMisses, isExactForm, type NearMiss } from '../../src/match/fuzzy.js';
import { createMatcher } from '../../src/match/matcher.js';
import { tokenize } from '../../src/normalize/index.js';
import type { Concept } from '../../src/types.js';

function concept(id: string, en: string, more: Partial<Concept> = {}): Concept {
  return {
    id,
    domain: 'party-organ',
    vi: id,
    viVariants: [],
    en,
    admitted: [],
    deprecated: [],
    caseSensitive: true,
    status: 'active',
    sources: ['test'],
    ...more,
  };
}
const admitted = (...terms: string[]) => terms.map((term) => ({ term }));
const deprecated = (...terms: string[]) => terms.map((term) => ({ term, reason: 'test' }));

const testGlossary: CompiledGlossary = compileGlossary({
  concepts: [
    concept('ban-dan-van-trung-uong', "Party Central Committee's Commission for Mass Mobilisation", {
      admitted: admitted('Central Commission for Mass Mobilisation'),
      deprecated: deprecated('Central Committee for Mass Mobilization'),
    }),
    concept('ban-dan-van-tinh-uy', "Provincial Party Committee's Mass Mobilisation Commission", {
      admitted: admitted('Mass Mobilisation Commission of the {place} Party Committee'),
    }),
    concept('bo-tai-nguyen-va-moi-truong', 'Ministry of Natural Resources and Environment', { domain: 'state-organ' }),
    concept('mat-tran-to-quoc-viet-nam', 'Vietnam Fatherland Front', {
      domain: 'mass-organization',
      admitted: admitted('Viet Nam Fatherland Front'),
    }),
    concept('bo-chinh-tri', 'Politburo', { admitted: admitted('Politburo of the Party Central Committee') }),
    concept('ban-chap-hanh-trung-uong', 'Party Central Committee', { admitted: admitted('Central Committee') }),
    concept('dang-cong-san-viet-nam', 'Communist Party of Vietnam', { admitted: admitted('the Party') }),
    concept('tinh-uy', 'Provincial Party Committee'),
    concept('ubnd', "People's Committee", { domain: 'local-government' }),
    concept('pho-chu-tich-ubnd', "Vice Chairman of the People's Committee", { domain: 'local-government' }),
    concept('chu-tich-mttq', 'President of the VFF Central Committee', { domain: 'mass-organization' }),
    concept('ban-noi-chinh-trung-uong', "Party Central Committee's Commission for Internal Affairs", {
      admitted: admitted('Central Commission for Internal Affairs'),
      deprecated: deprecated("Party's Committee for Internal Affairs"),
    }),
    concept('uy-ban-dan-toc', 'Committee for Ethnic Minority Affairs', { domain: 'state-organ' }),
    concept('dai-doan-ket', 'great national unity', { domain: 'policy', caseSensitive: false }),
    concept('ngay-hoi-dai-doan-ket', 'Great National Unity Festival', {
      domain: 'movement',
      admitted: admitted('National Great Unity Day'),
    }),
    concept('dan-van', 'mass mobilisation', { domain: 'policy', caseSensitive: false }),
    concept('dai-bieu-quoc-hoi', 'National Assembly deputy', {
      domain: 'state-title',
      admitted: admitted('deputy to the National Assembly', 'deputy of the 15th National Assembly'),
    }),
  ],
  places: [],
});

const matcher = createMatcher(testGlossary, { lang: 'en' });
const index = createFuzzyIndex(testGlossary, { lang: 'en' });

function near(text: string, glossary: CompiledGlossary = testGlossary): Array<NearMiss & { actual: string }> {
  const tokens = tokenize(text);
  const exact = createMatcher(glossary, { lang: 'en' }).match(tokens);
  return findNearMisses(createFuzzyIndex(glossary, { lang: 'en' }), tokens, exact).map((m) => ({
    ...m,
    actual: text.slice(m.start, m.end),
  }));
}

describe('createFuzzyIndex', () => {
  it('is built once per glossary and language', () => {
    expect(createFuzzyIndex(testGlossary, { lang: 'en' })).toBe(index);
    expect(createFuzzyIndex(testGlossary)).toBe(index);
    expect(createFuzzyIndex(testGlossary, { lang: 'vi' })).not.toBe(index);
  });

  it('keeps generic words out of the distinctive ones', () => {
    for (const w of ['the', 'of', 'and', 'committee', 'party', 'people', 'central', 'provincial']) {
      expect(index.distinctive.has(w), w).toBe(false);
    }
    for (const w of ['politburo', 'fatherland', 'natural', 'mass', 'mobilization', 'ethnic']) {
      expect(index.distinctive.has(w), w).toBe(true);
    }
  });

  it('decides distinctiveness by document frequency in a large glossary', () => {
    // 200 forms that all share "Harbour Authority": too common to be distinctive; each place word is rare.
    const place = (i: number) => `${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}ville`;
    const big = compileGlossary({
      concepts: Array.from({ length: 200 }, (_, i) => concept(`c${i}`, `${place(i)} Harbour Authority Office`)),
      places: [],
    });
    const bigIndex = createFuzzyIndex(big);
    expect(bigIndex.entries.length).toBe(200);
    expect(bigIndex.distinctive.has('harbour')).toBe(false);
    expect(bigIndex.distinctive.has('authority')).toBe(false);
    expect(bigIndex.distinctive.has(place(7))).toBe(true);
  });

  it('indexes forms of three words or more, without place slots at the ends', () => {
    const texts = index.entries.map((e) => e.form.text);
    expect(texts).toContain('Vietnam Fatherland Front');
    expect(texts).not.toContain("People's Committee");
    expect(texts).not.toContain('Politburo');
    for (const e of index.entries) {
      expect(e.keys[0]).not.toBe(PLACE_SLOT);
      expect(e.keys[e.keys.length - 1]).not.toBe(PLACE_SLOT);
    }
  });
});

describe('isExactForm', () => {
  it('knows the forms of three words or more without a place slot, and no other span', () => {
    const builtin = getBuiltinGlossary();
    const builtinIndex = createFuzzyIndex(builtin);
    const forms = builtin.forms.filter((f) => f.lang === 'en' && !f.keys.includes(PLACE_SLOT));
    const known = new Set(forms.map((f) => tokenize(f.text).map((t) => t.key).join(' ')));
    let exact = 0;
    for (const form of forms) {
      const tokens = tokenize(form.text);
      if (tokens.length < 3) continue;
      expect(isExactForm(builtinIndex, tokens, 0, tokens.length), form.text).toBe(true);
      exact++;
      // Every shorter span of 3+ words, and the form with one word dropped or two swapped: a form
      // only where the oracle says so.
      const spans: Array<ReturnType<typeof tokenize>> = [];
      for (let a = 0; a < tokens.length; a++) for (let b = a + 3; b <= tokens.length; b++) if (b - a < tokens.length) spans.push(tokens.slice(a, b));
      for (let d = 0; d < tokens.length && tokens.length > 3; d++) spans.push(tokens.filter((_, i) => i !== d));
      for (let w = 0; w + 1 < tokens.length; w++) spans.push([...tokens.slice(0, w), tokens[w + 1]!, tokens[w]!, ...tokens.slice(w + 2)]);
      for (const span of spans) {
        const keys = span.map((t) => t.key).join(' ');
        expect(isExactForm(builtinIndex, span, 0, span.length), keys).toBe(known.has(keys));
      }
    }
    expect(exact).toBeGreaterThan(500);
  });
});

describe('editDistance', () => {
  it.each([
    ['environment', 'enviroment', 1],
    ['fatherland', 'fatherlnad', 1],
    ['committee', 'comittee', 1],
    ['committee', 'comitee', 2],
    ['politburo', 'politburo', 0],
    ['abc', 'xyz', 3],
  ] as const)('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early above the cap', () => {
    expect(editDistance('mobilisation', 'organisation', 2)).toBe(3);
  });
});

describe('findNearMisses: found', () => {
  it.each([
    // a wrong preposition in a deprecated form: the suggestion comes from its concept
    ['The Central Committee of Mass Mobilization met on Monday.', 'Central Committee of Mass Mobilization', 'Central Committee for Mass Mobilization', 1],
    // one misspelt word, and a plural that the keys already absorb
    ['Officials of the Ministry of Natural Resource and Enviroment said so.', 'Ministry of Natural Resource and Enviroment', 'Ministry of Natural Resources and Environment', 0.5],
    ['Leaders of the Vietnam Fatherlan Front attended.', 'Vietnam Fatherlan Front', 'Vietnam Fatherland Front', 0.5],
    ['The Politburo of the Party Central Comittee decided.', 'Politburo of the Party Central Comittee', 'Politburo of the Party Central Committee', 0.5],
    // two misspelt words
    ['the Vietnam Fatherlnad Frontt', 'Vietnam Fatherlnad Frontt', 'Vietnam Fatherland Front', 1],
    // another body noun
    ['The Central Committee for Internal Affairs met.', 'Central Committee for Internal Affairs', 'Central Commission for Internal Affairs', 1],
    // two words swapped
    ['the Committee for Minority Ethnic Affairs', 'Committee for Minority Ethnic Affairs', 'Committee for Ethnic Minority Affairs', 1],
    // a preposition added, or dropped
    ['the Ministry of Natural Resources and of Environment', 'Ministry of Natural Resources and of Environment', 'Ministry of Natural Resources and Environment', 1],
    ['the Ministry Natural Resources and Environment', 'Ministry Natural Resources and Environment', 'Ministry of Natural Resources and Environment', 1],
    // a place slot inside the form takes the place name
    ['the Mass Mobilisation Commission for the Quang Tri Party Committee', 'Mass Mobilisation Commission for the Quang Tri Party Committee', 'Mass Mobilisation Commission of the {place} Party Committee', 1],
    // American spelling and a possessive are not edits
    ['the Vietnam Fatherlan Front’s leaders', 'Vietnam Fatherlan Front’s', 'Vietnam Fatherland Front', 0.5],
    // a form of generic words alone: one misspelt word, every other word exact
    ['The Provincial Party Comittee met.', 'Provincial Party Comittee', 'Provincial Party Committee', 0.5],
    // an exact match that the span starts inside and runs on past is a modifier of it
    ['He was elected to the Party Central Commitee.', 'Party Central Commitee', 'Party Central Committee', 0.5],
    // ordinals set aside, a form is still one edit away
    ['deputies for the National Assembly', 'deputies for the National Assembly', 'deputy to the National Assembly', 1],
  ])('%s', (text, actual, form, cost) => {
    const found = near(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actual, cost });
    expect(found[0]!.form.text).toBe(form);
  });

  it('reports token and offset spans that agree', () => {
    const text = 'First, the Vietnam Fatherlan Front met; then the Central Committee of Mass Mobilization did.';
    const tokens = tokenize(text);
    const found = findNearMisses(index, tokens, matcher.match(tokens));
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Vietnam Fatherlan Front',
      'Central Committee of Mass Mobilization',
    ]);
    for (const m of found) {
      expect(m.start).toBe(tokens[m.tokens[0]]!.start);
      expect(m.end).toBe(tokens[m.tokens[1] - 1]!.end);
    }
  });

  it('finds the misspelt word even when the exact stage found nothing', () => {
    const text = 'Vietnam Fatherlan Front';
    const tokens = tokenize(text);
    expect(findNearMisses(index, tokens)).toHaveLength(1);
  });
});

describe('findNearMisses: not found', () => {
  it.each([
    // correct forms
    'The Ministry of Natural Resources and Environment issued the permit in 2023.',
    'Leaders of the Vietnam Fatherland Front and of the Viet Nam Fatherland Front attended.',
    'The Politburo of the Party Central Committee decided.',
    'The Central Committee for Mass Mobilization met.', // deprecated, but exact: another rule's business
    "The Party Central Committee's Commission for Mass Mobilisation met.",
    'The Mass Mobilisation Commission of the Quang Tri Party Committee met.',
    // generic phrases
    'the provincial party committees',
    'of the People',
    "the People's Committee of the province and the Party Committee",
    // sharing two words with a term, no more
    'Natural resources and the environment are protected by law.',
    'the protection of natural resources and environment',
    'mass mobilisation is the work of the whole political system',
    'The Vietnam delegation met the Front.',
    // one edit away, but "Politburo" is the only distinctive word in common
    'The Politburo for the Party Central Committee decided.',
    // a qualifier added to a term, an article dropped in a headline, a number inserted
    "Vice Chairman of the Provincial People's Committee",
    'President of VFF Central Committee',
    'The Politburo of the 13th Party Central Committee met.',
    // a shortened reference to a correct term
    'The Mass Mobilisation Commission met.',
    // a deprecated form corrected by another body noun is no near-miss of it
    "The Party's Commission for Internal Affairs met.",
    // a swap inside an exact occurrence: "Great National Unity" is a term of its own
    'Great National Unity Day',
    // never across sentence punctuation
    'the Ministry of Natural Resources. And Enviroment matters.',
    'the Vietnam Fatherlan, Front',
    // a word of the glossary is no misspelling of another
    'the Vietnam Fatherland Fronts',
    // a form of generic words with a misspelt word and another edit
    'the Provincial Comittee of the Party',
    'the Provincial Party of Comittee',
    // a form with its ordinal dropped, added or changed: which legislature, not which term
    'Deputies of the National Assembly will vote on the bill.',
    'deputies to the 15th National Assembly',
    'a deputy to the 16th National Assembly',
    'deputies of the 14th National Assembly',
  ])('%s', (text) => {
    expect(near(text)).toEqual([]);
  });

  it('does not report a near-miss twice or overlapping', () => {
    const found = near('the Vietnam Fatherlan Front and the Vietnam Fatherlan Front');
    expect(found).toHaveLength(2);
    expect(found[0]!.end).toBeLessThanOrEqual(found[1]!.start);
  });
});

describe('findNearMisses on the built-in glossary', () => {
  const builtin = getBuiltinGlossary();

  it.each([
    ['The Ministry of Natural Resource and Enviroment issued a permit.', 'bo-tai-nguyen-va-moi-truong'],
    ['Leaders of the Vietnam Fatherlan Front attended.', 'mat-tran-to-quoc-viet-nam'],
    ['The Central Committee of Mass Mobilization met.', 'ban-dan-van-trung-uong'],
  ])('finds %s', (text, conceptId) => {
    const found = near(text, builtin);
    expect(found.map((m) => m.form.concept.id)).toEqual([conceptId]);
  });

  it.each([
    'The Ministry of Natural Resources and Environment issued a permit.',
    'the provincial party committees',
    'of the People',
    'Natural resources and the environment are protected by law.',
  ])('leaves %s alone', (text) => {
    expect(near(text, builtin)).toEqual([]);
  });

  it('finds nothing in the preferred and admitted terms themselves', () => {
    const flagged: string[] = [];
    for (const form of builtin.forms) {
      if (form.lang !== 'en' || form.kind === 'deprecated' || form.text.includes('{place}')) continue;
      for (const m of near(form.text, builtin)) flagged.push(`${form.text} → ${m.actual} ~ ${m.form.text}`);
    }
    expect(flagged).toEqual([]);
  });
});

describe('findNearMisses: properties', () => {
  const vocabulary = [
    ...new Set(testGlossary.forms.filter((f) => f.lang === 'en').flatMap((f) => f.text.replace('{place}', 'Quang Tri').split(/\s+/))),
  ];
  const misspell = (w: string, k: number): string => (w.length > 4 ? w.slice(0, k % w.length) + w.slice((k % w.length) + 1) : w);
  const word = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.tuple(fc.constantFrom(...vocabulary), fc.nat()).map(([w, k]) => misspell(w, k)),
    fc.constantFrom(',', '.', 'the', 'of', '13th', 'and'),
  );

  it('never throws; spans lie within the tokens, cover 3+ tokens and do not overlap', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.boolean(), (words, withExact) => {
        const text = words.join(' ');
        const tokens = tokenize(text);
        const found = findNearMisses(index, tokens, withExact ? matcher.match(tokens) : []);
        let last = 0;
        for (const m of found) {
          expect(m.tokens[0]).toBeGreaterThanOrEqual(last);
          expect(m.tokens[1]).toBeLessThanOrEqual(tokens.length);
          expect(m.tokens[1] - m.tokens[0]).toBeGreaterThanOrEqual(3);
          expect([0.5, 1]).toContain(m.cost);
          expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
          last = m.tokens[1];
        }
      }),
      { numRuns: 300 },
    );
  });
});
