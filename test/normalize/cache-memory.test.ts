/**
 * The tokeniser's per-word caches outlive the texts they saw: they must not keep those texts
 * alive. (In V8 a substring of 13 characters or more is a view into the string it was cut from.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tokenize, wordSpelling } from '../../src/normalize/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('per-word caches', () => {
  it('keep no paragraph alive after its words are cached', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 300; i++) {
      // A 100 KB paragraph of its own, ending in a long word seen nowhere else.
      const paragraph = `${'x'.repeat(100_000)} internationalisation${i}z`;
      for (const token of tokenize(paragraph.slice(-40))) wordSpelling(token.raw);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept as views, the 300 paragraphs would hold 30 MB.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });
});
