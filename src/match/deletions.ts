/**
 * The deletion neighbourhood of a set of words (the symmetric-delete method): every word, and
 * each of its one-letter deletions, filed under a 32-bit hash of that string. Two words within
 * one substitution, insertion, deletion or swap of each other share an entry. The strings are
 * never made: each deletion's hash comes from the word's prefix and suffix hashes, so a
 * glossary of 10,000 terms no longer allocates ~20 MB of deletion strings to build the index.
 * Hashes can collide: what forEachNeighbour() gives are candidates, which callers verify.
 */

export interface DeletionIndex {
  readonly words: readonly string[];
  /** Sorted hashes of every word and deletion; `ids[k]` is the word that `hashes[k]` came from. */
  readonly hashes: Uint32Array;
  readonly ids: Int32Array;
}

const BASE = 0x9e3779b1;
/** Ids share a float64 with a hash when sorting: 32 + 21 bits, exact below 2^53. */
const ID_BITS = 2 ** 21;

export function buildDeletionIndex(words: readonly string[]): DeletionIndex {
  if (words.length >= ID_BITS) throw new RangeError(`too many words for the deletion index: ${words.length}`);
  let total = 0;
  for (const word of words) total += word.length + 1;
  const packed = new Float64Array(total);
  let at = 0;
  words.forEach((word, id) => forEachVariantHash(word, (hash) => (packed[at++] = hash * ID_BITS + id)));
  packed.sort();
  // A word can make the same deletion twice ("committee" without either m): kept once.
  let unique = 0;
  for (let k = 0; k < total; k++) if (k === 0 || packed[k] !== packed[k - 1]) packed[unique++] = packed[k]!;
  const hashes = new Uint32Array(unique);
  const ids = new Int32Array(unique);
  for (let k = 0; k < unique; k++) {
    const id = packed[k]! % ID_BITS;
    ids[k] = id;
    hashes[k] = (packed[k]! - id) / ID_BITS;
  }
  return { words, hashes, ids };
}

/** Each word of the index that shares `word` or one of its one-letter deletions by hash (possibly repeated). */
export function forEachNeighbour(index: DeletionIndex, word: string, fn: (candidate: string) => void): void {
  const { hashes, ids, words } = index;
  forEachVariantHash(word, (hash) => {
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hashes.length && hashes[k] === hash; k++) fn(words[ids[k]!]!);
  });
}

let prefix = new Int32Array(65);
let suffix = new Int32Array(65);
let powers = new Int32Array(65);

/**
 * The hash of `word`, then of each one-letter deletion of it (UTF-16 code units), unsigned:
 * h(s) = Σ s[j]·BASE^(n−1−j) mod 2^32. Without letter i: prefix(i)·BASE^(n−1−i) + suffix(i+1).
 */
export function forEachVariantHash(word: string, fn: (hash: number) => void): void {
  const n = word.length;
  if (n + 1 > prefix.length) {
    prefix = new Int32Array(2 * n + 1);
    suffix = new Int32Array(2 * n + 1);
    powers = new Int32Array(2 * n + 1);
  }
  powers[0] = 1;
  for (let i = 1; i < n; i++) powers[i] = Math.imul(powers[i - 1]!, BASE);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + word.charCodeAt(i)) | 0;
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(word.charCodeAt(i), powers[n - 1 - i]!) + suffix[i + 1]!) | 0;
  fn(prefix[n]! >>> 0);
  for (let i = 0; i < n; i++) fn(((Math.imul(prefix[i]!, powers[n - 1 - i]!) + suffix[i + 1]!) | 0) >>> 0);
}
