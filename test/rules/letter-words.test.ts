/**
 * rules/letter-words.ts does by hand what four regular expressions with `\p{L}` / `\p{M}` classes
 * did: on random text, each function gives exactly what its pattern gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterWords, possessives, replaceBareWords, replaceWordsEndingInS } from '../../src/rules/letter-words.js';

// Letters of several kinds (ASCII, Latin-1, titlecase, Greek, an astral letter), "s" and "S", a
// combining mark, the three apostrophes ("ʼ" is itself a letter), digits, spaces, punctuation, and
// lone surrogates.
const PIECES = ['a', 'e', 'o', 'P', 'l', 's', 's', 'S', 'é', 'ß', 'ǅ', 'Ω', '\u0301', '𝐀', "'", '’', 'ʼ', ' ', '-', '.', '1', '_', '\ud835', '\udc00'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
const RUNS = 3000;

const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]*)?/gu;
const POSSESSIVE = /([\p{L}\p{M}]+)(['’ʼ])s(?![\p{L}\p{M}])/gu;
const ENDS_IN_S = /(?<![\p{L}\p{M}'’ʼ])([\p{L}\p{M}]+?)s['’ʼ]?(?![\p{L}\p{M}'’ʼ])/gu;
const BARE_WORD = /(?<![\p{L}\p{M}'’ʼ])[\p{L}\p{M}]+(?![\p{L}\p{M}'’ʼ])/gu;

describe('letter-words', () => {
  it('letterWords() finds what the word pattern finds, where it finds it', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(letterWords(s)).toEqual([...s.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index })));
      }),
      { numRuns: RUNS },
    );
  });

  it('possessives() gives the stems and apostrophes that the possessive pattern captures', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(possessives(s)).toEqual([...s.matchAll(POSSESSIVE)].map((m) => [m[1], m[2]]));
      }),
      { numRuns: RUNS },
    );
  });

  it('replaceWordsEndingInS() replaces what the pattern does, with the same stem', () => {
    const mark = (word: string, stem: string): string => `<${word}|${stem}>`;
    fc.assert(
      fc.property(text, (s) => {
        expect(replaceWordsEndingInS(s, mark)).toBe(s.replace(ENDS_IN_S, (word: string, stem: string) => mark(word, stem)));
      }),
      { numRuns: RUNS },
    );
  });

  it('replaceBareWords() replaces the whole words with no apostrophe on either side', () => {
    const mark = (word: string): string => `<${word}>`;
    fc.assert(
      fc.property(text, (s) => {
        expect(replaceBareWords(s, mark)).toBe(s.replace(BARE_WORD, mark));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["People's Committee", [['People', "'"]]],
    ['Women’s Union of the Peoples’s', [['Women', '’'], ['Peoples', '’']]],
    ['Peopleʼs Council', [['People', 'ʼ']]],
  ])('possessives(%j)', (s, expected) => {
    expect(possessives(s)).toEqual(expected);
  });

  it.each([
    ['Peoples Committee', '<Peoples|People> Committee'],
    ["Peoples' Council and women's", "<Peoples'|People> Council and women's"],
    ['class glass', '<class|clas> <glass|glas>'],
  ])('replaceWordsEndingInS(%j)', (s, expected) => {
    expect(replaceWordsEndingInS(s, (word, stem) => `<${word}|${stem}>`)).toBe(expected);
  });
});
