/**
 * insideUnknownName() of rules/generic-use.ts: when a term sits inside a longer name that the
 * glossary does not know (near-miss, inconsistent-term and missing-term leave such a term alone).
 */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/glossary/compile.js';
import { tokenize } from '../../src/normalize/index.js';
import { insideUnknownName } from '../../src/rules/generic-use.js';
import type { Concept, Place } from '../../src/types.js';

const base = { viVariants: [] as string[], admitted: [], deprecated: [], caseSensitive: true, status: 'active' as const, sources: ['test'] };
const concepts: Concept[] = [
  { ...base, id: 'bch-tw', domain: 'party-organ', vi: 'Ban Chấp hành Trung ương', en: 'Party Central Committee' },
  { ...base, id: 'ubnd-xa', domain: 'local-government', vi: 'Ủy ban nhân dân xã', en: "Commune People's Committee", admitted: [{ term: 'CPC' }] },
  { ...base, id: 'mttq', domain: 'mass-organization', vi: 'Mặt trận Tổ quốc Việt Nam', en: 'Vietnam Fatherland Front' },
  { ...base, id: 'xoa-nha-tam', domain: 'movement', vi: 'Cả nước chung tay xóa nhà tạm', en: 'The whole country joins hands to eliminate temporary houses' },
];
const places: Place[] = [{ id: 'quang-tri', kind: 'province', vi: 'Quảng Trị', en: 'Quang Tri', enVariants: [], status: 'active', sources: ['test'] }];
const glossary = compileGlossary({ concepts, places });

/** Whether `term`, found in `text`, sits inside an unknown name. */
function inside(text: string, term: string): boolean {
  const tokens = tokenize(text);
  const start = text.indexOf(term);
  const a = tokens.findIndex((t) => t.start === start);
  const b = tokens.findIndex((t) => t.end === start + term.length) + 1;
  expect(a, term).toBeGreaterThanOrEqual(0);
  return insideUnknownName(glossary, text, tokens, a, b);
}

describe('insideUnknownName', () => {
  it('a capitalised word the glossary does not know, among the words joined before the term', () => {
    expect(inside("the Cambodian People's Party's Central Committee", "Party's Central Committee")).toBe(true);
    expect(inside('the NPC Foreign Affairs Committee', 'Foreign Affairs Committee')).toBe(true);
    expect(inside("China's Foreign Affairs Commission", 'Foreign Affairs Commission')).toBe(true);
    // "country" is in lower case in the glossary's terms: it is no word of its names
    expect(inside('Country Code', 'Code')).toBe(true);
  });

  it('"of (the)" and such a word after the term', () => {
    expect(inside('the Foreign Affairs Commission of the CPC Central Committee', 'Foreign Affairs Commission')).toBe(true);
    expect(inside('the Foreign Affairs Commission of China', 'Foreign Affairs Commission')).toBe(true);
  });

  it("not: words of the glossary's names, places, function words, codes, or a name after the term", () => {
    expect(inside('the Quang Tri Party Central Committee', 'Party Central Committee')).toBe(false);
    expect(inside("the Commune People's Committee's Vietnam Fatherland Front", 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('The Vietnam Fatherland Front met.', 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('Decision 12/NQ-TW Vietnam Fatherland Front', 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('the Vietnam Fatherland Front of Quang Tri', 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('Chairman of the Vietnam Fatherland Front Do Van Chien', 'Vietnam Fatherland Front')).toBe(false);
    // a word in lower case ends the run of capitalised words
    expect(inside('Chinese officials met the Vietnam Fatherland Front', 'Vietnam Fatherland Front')).toBe(false);
    // Vietnamese names the glossary cannot list: people, districts
    expect(inside('Tran Thanh Lan – Vietnam Fatherland Front', 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('the Loc Bao Vietnam Fatherland Front', 'Vietnam Fatherland Front')).toBe(false);
    expect(inside('the Nguyen Huong Dak Vietnam Fatherland Front', 'Vietnam Fatherland Front')).toBe(false);
  });
});
