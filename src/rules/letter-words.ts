/**
 * Words as runs of letters and combining marks (`\p{L}`, `\p{M}`), found without regular
 * expressions. Each function does exactly what the pattern in its comment does
 * (test/rules/letter-words.test.ts compares them on random text). term-case used those patterns:
 * V8 compiles a pattern with `\p{…}` classes by expanding them to hundreds of ranges, and compiles
 * it again into machine code once it has run, which made compiling these four a noticeable part of
 * a cold start; the tokeniser's table of character classes answers the same question.
 */
import { letterOrMarkAt, widthAt } from '../normalize/index.js';

export interface LetterWord {
  text: string;
  index: number;
}

/** `/[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]*)?/gu`: each word, with an apostrophe and what follows it. */
export function letterWords(s: string): LetterWord[] {
  const out: LetterWord[] = [];
  let i = 0;
  while (i < s.length) {
    let w = letterOrMarkAt(s, i);
    if (w === 0) {
      i += widthAt(s, i);
      continue;
    }
    const start = i;
    for (; w > 0; w = letterOrMarkAt(s, i)) i += w;
    if (isApostrophe(s.charCodeAt(i))) {
      i++;
      for (w = letterOrMarkAt(s, i); w > 0; w = letterOrMarkAt(s, i)) i += w;
    }
    out.push({ text: s.slice(start, i), index: start });
  }
  return out;
}

/** `/([\p{L}\p{M}]+)(['’ʼ])s(?![\p{L}\p{M}])/gu`: the stem and apostrophe of each possessive. */
export function possessives(s: string): Array<[stem: string, apostrophe: string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < s.length) {
    if (letterOrMarkAt(s, i) === 0) {
      i += widthAt(s, i);
      continue;
    }
    let end = i;
    for (let w = letterOrMarkAt(s, end); w > 0; w = letterOrMarkAt(s, end)) end += w;
    // The longest stem first, as the greedy pattern backtracks: an apostrophe right after it,
    // then "s", then no letter. A later start in the same run has fewer stems to try, none new.
    let j = end;
    while (j > i && !(isApostrophe(s.charCodeAt(j)) && s.charCodeAt(j + 1) === 0x73 && letterOrMarkAt(s, j + 2) === 0)) {
      j -= widthBefore(s, j);
    }
    if (j > i) {
      out.push([s.slice(i, j), s.charAt(j)]);
      i = j + 2;
    } else {
      i = end;
    }
  }
  return out;
}

/**
 * `s.replace(/(?<![\p{L}\p{M}'’ʼ])([\p{L}\p{M}]+?)s['’ʼ]?(?![\p{L}\p{M}'’ʼ])/gu, replace)`: each
 * whole word that ends in "s" or "s" and an apostrophe, with its stem (the word without them).
 */
export function replaceWordsEndingInS(s: string, replace: (word: string, stem: string) => string): string {
  let out = '';
  let done = 0;
  let i = 0;
  while (i < s.length) {
    const end = afterWordChar(s, i) ? -1 : sWordEnd(s, i);
    if (end < 0) {
      i += widthAt(s, i);
      continue;
    }
    const word = s.slice(i, end);
    out += s.slice(done, i) + replace(word, word.slice(0, s.charCodeAt(end - 1) === 0x73 ? -1 : -2));
    done = i = end;
  }
  return done === 0 ? s : out + s.slice(done);
}

/** Where the shortest stem from `i` followed by "s", an optional apostrophe and no word character ends, or -1. */
function sWordEnd(s: string, i: number): number {
  let j = i;
  let w = letterOrMarkAt(s, j);
  if (w === 0) return -1;
  j += w;
  for (;;) {
    if (s.charCodeAt(j) === 0x73) {
      if (isApostrophe(s.charCodeAt(j + 1)) && !isWordChar(s, j + 2)) return j + 2;
      if (!isWordChar(s, j + 1)) return j + 1;
    }
    w = letterOrMarkAt(s, j);
    if (w === 0) return -1;
    j += w;
  }
}

/**
 * `s.replace(/(?<![\p{L}\p{M}'’ʼ])[\p{L}\p{M}]+(?![\p{L}\p{M}'’ʼ])/gu, replace)`: each whole word
 * with no apostrophe on either side.
 */
export function replaceBareWords(s: string, replace: (word: string) => string): string {
  let out = '';
  let done = 0;
  let i = 0;
  while (i < s.length) {
    if (afterWordChar(s, i) || letterOrMarkAt(s, i) === 0) {
      i += widthAt(s, i);
      continue;
    }
    let end = i;
    for (let w = letterOrMarkAt(s, end); w > 0; w = letterOrMarkAt(s, end)) end += w;
    if (isWordChar(s, end)) {
      i += widthAt(s, i);
      continue;
    }
    out += s.slice(done, i) + replace(s.slice(i, end));
    done = i = end;
  }
  return done === 0 ? s : out + s.slice(done);
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x02bc;

/** `[\p{L}\p{M}'’ʼ]` at `i`. */
function isWordChar(s: string, i: number): boolean {
  return i < s.length && (isApostrophe(s.charCodeAt(i)) || letterOrMarkAt(s, i) > 0);
}

/** `(?<=[\p{L}\p{M}'’ʼ])` at `i`: the code point that ends at `i` is one of them. */
function afterWordChar(s: string, i: number): boolean {
  const w = widthBefore(s, i);
  return w > 0 && (isApostrophe(s.charCodeAt(i - w)) || letterOrMarkAt(s, i - w) === w);
}

/** Code units of the code point that ends at `i` (0 at the start). */
function widthBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 2;
  }
  return 1;
}
