/**
 * The shared tests of rules/generic-use.ts: which capitalised words name something the glossary
 * does not know (near-miss and missing-term leave a term inside such a name alone).
 */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../src/glossary/compile.js';
import { tokenize } from '../../src/normalize/index.js';
import { unknownName, unknownWordOfName } from '../../src/rules/generic-use.js';
import type { Concept, Place } from '../../src/types.js';

const base = { viVariants: [] as string[], admitted: [], deprecated: [], caseSensitive: true, status: 'active' as const, sources: ['test'] };
const concepts: Concept[] = [
  { ...base, id: 'bch-tw', domain: 'party-organ', vi: 'Ban Chấp hành Trung ương', en: 'Party Central Committee' },
  { ...base, id: 'ubnd-xa', domain: 'local-government', vi: 'Ủy ban nhân dân xã', en: "Commune People's Committee", admitted: [{ term: 'CPC' }] },
  { ...base, id: 'xoa-nha-tam', domain: 'movement', vi: 'Cả nước chung tay xóa nhà tạm', en: 'The whole country joins hands to eliminate temporary houses' },
];
const places: Place[] = [{ id: 'quang-tri', kind: 'province', vi: 'Quảng Trị', en: 'Quang Tri', enVariants: ['Quangtri'], status: 'active', sources: ['test'] }];
const glossary = compileGlossary({ concepts, places });
const token = (word: string) => tokenize(word)[0]!;

describe('unknownName', () => {
  it('knows the words the glossary capitalises in its names, and its place names', () => {
    for (const word of ['Committee', 'Central', "People's", 'Commune', 'Quang', 'Tri', 'Quangtri']) {
      expect(unknownName(glossary, token(word)), word).toBe(false);
    }
  });

  it('does not know a word its names write in lower case, nor a term of one word', () => {
    // "country" is in lower case in a campaign's name: "Country Code" names no body of the glossary
    expect(unknownName(glossary, token('Country'))).toBe(true);
    // "CPC" is a term of one word: the Communist Party of China is not the glossary's CPC
    expect(unknownName(glossary, token('CPC'))).toBe(true);
    expect(unknownName(glossary, token('Chinese'))).toBe(true);
  });

  it('takes no lower-case word, no function word and no missing token for a name', () => {
    expect(unknownName(glossary, token('licence'))).toBe(false);
    expect(unknownName(glossary, token('The'))).toBe(false);
    expect(unknownName(glossary, undefined)).toBe(false);
  });

  it('unknownWordOfName: a word, not a code in capitals', () => {
    expect(unknownWordOfName(glossary, token('Chinese'))).toBe(true);
    expect(unknownWordOfName(glossary, token('CPC'))).toBe(false);
    expect(unknownWordOfName(glossary, token('TW'))).toBe(false);
  });
});
