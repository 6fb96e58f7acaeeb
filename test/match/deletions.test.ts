import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeletionIndex, forEachNeighbour, forEachVariantHash } from '../../src/match/deletions.js';

/** The word and each of its one-letter (UTF-16 code unit) deletions, as strings. */
const variants = (word: string): string[] => [word, ...Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1))];
/** The same polynomial hash, computed on a string directly. */
const hashOf = (s: string): number => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 0x9e3779b1) + s.charCodeAt(i)) | 0;
  return h >>> 0;
};
const hashes = (word: string): number[] => {
  const out: number[] = [];
  forEachVariantHash(word, (h) => out.push(h));
  return out;
};
const word = fc.string({ unit: fc.constantFrom(...'abcdeđêô'), minLength: 0, maxLength: 12 });

describe('deletion index', () => {
  it('hashes a word and each one-letter deletion as the strings themselves hash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (w) => {
        expect(hashes(w)).toEqual(variants(w).map(hashOf));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every word that shares the word or a one-letter deletion with it (a superset: callers verify)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (words, key) => {
        const index = buildDeletionIndex(words);
        const found = new Set<string>();
        forEachNeighbour(index, key, (w) => found.add(w));
        const keyVariants = new Set(variants(key));
        for (const w of words) if (variants(w).some((v) => keyVariants.has(v))) expect(found).toContain(w);
        for (const w of found) expect(words).toContain(w);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the slips the near-miss stage looks for, and not an unrelated word', () => {
    const index = buildDeletionIndex(['mobilization', 'commission', 'fatherland']);
    const near = (key: string) => {
      const found = new Set<string>();
      forEachNeighbour(index, key, (w) => found.add(w));
      return [...found];
    };
    expect(near('mobilisation')).toEqual(['mobilization']); // substitution
    expect(near('comission')).toEqual(['commission']); // deletion
    expect(near('fatherlland')).toEqual(['fatherland']); // insertion
    expect(near('commsision')).toEqual(['commission']); // swap
    expect(near('committee')).toEqual([]);
  });
});
