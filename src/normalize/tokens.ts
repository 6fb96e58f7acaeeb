/**
 * The tokeniser (DESIGN.md §3): words with their UTF-16 offsets in the text as given, a tone-exact
 * matching key and a folded key. The one place where text and glossary terms become comparable.
 */

import { baseForm, normalizePunctuation, spellingAxis, spellingKey, spellingVariant, type SpellingAxis } from './en.js';
import { foldVi, normalizeVi } from './vi.js';
import { ownCopy } from './own-copy.js';

export interface Token {
  /** UTF-16 offset in the input string (inclusive). */
  start: number;
  /** Exclusive; `input.slice(start, end) === raw`, always. */
  end: number;
  raw: string;
  /**
   * Matching key: NFC → normalizeVi → normalizePunctuation → lower case → baseForm → spellingKey
   * (tone-exact). Soft hyphens (U+00AD) inside the word are dropped; if an ending was stripped,
   * normalizeVi runs once more so the key is stable under normalising again.
   */
  key: string;
  /** foldVi(key): for candidate finding and lookup only. */
  fold: string;
  /**
   * True when the text between the previous token and this one is only whitespace (any,
   * including line breaks and NBSP) and/or at most one hyphen or dash; false for the first token
   * and after any other character.
   */
  joined: boolean;
  /** The per-word facts shared by every token of the same word; absent for numbers ("2024", "3,25"). */
  word?: Word;
}

/**
 * What is known of one distinct word, computed once and shared by all its tokens (the entry of the
 * tokeniser's per-word cache). Later stages may keep one fact of their own here for one owner (a
 * matcher, a near-miss index), so that a word's fact costs one lookup per word, not one per token.
 */
export class Word {
  /** British or American spelling of the word, found on first use; null: neither. */
  variant: 'gb' | 'us' | null | undefined = undefined;
  /** For a word with a `variant`: on which axis its spellings differ (found with it). */
  axis: SpellingAxis | undefined = undefined;
  /** @internal The matcher (its {@link ownerId}) that computed `starts`; 0: none. */
  startsOwner = 0;
  /** @internal Whether a term of that matcher can start with this word. */
  starts = false;
  /** @internal The near-miss index (its {@link ownerId}) that computed `near`; 0: none. */
  nearOwner = 0;
  /** @internal */
  near: unknown = undefined;
  constructor(
    readonly key: string,
    readonly fold: string,
  ) {}
}

let owners = 0;
/**
 * A new id for a stage that keeps facts on words. Words hold ids, not the stages themselves, so a
 * dropped glossary is not kept alive by the word cache.
 */
export function ownerId(): number {
  return ++owners;
}

// Character classes, computed lazily per BMP code unit (a table) or per astral code point (a map).
const OTHER = 1; // anything that is not part of a word
const LETTER = 2; // \p{L}
const DIGIT = 3; // \p{Nd}
const NUMBER = 4; // \p{N} but not \p{Nd} (², ½, Ⅻ)
const MARK = 5; // \p{M}
const SHY = 6; // U+00AD soft hyphen: inside a word only
const APOS = 7; // ' ’ ʼ
const SEP = 8; // . , (inside a number only)

const IS_L = /^\p{L}$/u;
const IS_ND = /^\p{Nd}$/u;
const IS_N = /^\p{N}$/u;
const IS_M = /^\p{M}$/u;

function classifyChar(ch: string): number {
  if (IS_L.test(ch)) return LETTER;
  if (IS_ND.test(ch)) return DIGIT;
  if (IS_N.test(ch)) return NUMBER;
  if (IS_M.test(ch)) return MARK;
  return OTHER;
}

const BMP = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) BMP[c] = DIGIT;
for (let c = 0x41; c <= 0x5a; c++) BMP[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) BMP[c] = LETTER;
for (let c = 0; c < 0x80; c++) if (BMP[c] === 0) BMP[c] = OTHER;
BMP[0x27] = APOS;
BMP[0x2019] = APOS;
BMP[0x02bc] = APOS;
BMP[0x2e] = SEP;
BMP[0x2c] = SEP;
BMP[0xad] = SHY;
const ASTRAL = new Map<number, number>();

/** Class of the code point starting at `i` (a lone surrogate is OTHER). Small, so that V8 inlines it. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800) {
    const k = BMP[c] as number;
    return k !== 0 ? k : classifyBmp(c);
  }
  return classAtHigh(text, i, c);
}

function classifyBmp(c: number): number {
  const k = classifyChar(String.fromCharCode(c));
  BMP[c] = k;
  return k;
}

/** classAt() from U+D800 up: surrogate pairs, lone surrogates, and the rest of the BMP. */
function classAtHigh(text: string, i: number, c: number): number {
  if (c > 0xdfff) {
    const k = BMP[c] as number;
    return k !== 0 ? k : classifyBmp(c);
  }
  if (c > 0xdbff || i + 1 >= text.length) return OTHER;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return OTHER;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classifyChar(String.fromCodePoint(cp));
    ASTRAL.set(cp, k);
  }
  return k;
}

/**
 * Code units of the letter or combining mark (`\p{L}`, `\p{M}`) starting at `i`, or 0: what
 * `[\p{L}\p{M}]` matches there, from the tokeniser's table of classes. "ʼ" (U+02BC) is a letter,
 * though the tokeniser reads it as an apostrophe.
 */
export function letterOrMarkAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  if (text.charCodeAt(i) === 0x02bc) return 1;
  const k = classAt(text, i);
  return k === LETTER || k === MARK ? widthAt(text, i) : 0;
}

/** Code units of the code point starting at `i` (a surrogate pair is one). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isStart = (k: number): boolean => k === LETTER || k === DIGIT || k === NUMBER;
const isBody = (k: number): boolean =>
  k === LETTER || k === DIGIT || k === NUMBER || k === MARK || k === SHY;

/**
 * The end of the word that starts at `i` (a letter or digit). A word continues with letters,
 * combining marks, digits and soft hyphens; an apostrophe (' ’ ʼ) followed by a letter or digit
 * joins ("People's", "rock'n'roll"); "." or "," between two decimal digits joins ("3,25",
 * "1.000.000"); an apostrophe right after a final s/S belongs to the word ("Councils'").
 * Hyphens split words.
 */
/** Set by wordEnd: the word was only ASCII digits with "." / "," (its keys are itself). */
let numeric = false;

function wordEnd(text: string, i: number): number {
  const n = text.length;
  let prev = classAt(text, i);
  numeric = prev === DIGIT && text.charCodeAt(i) < 0x80;
  let prevUnit = text.charCodeAt(i);
  i += widthAt(text, i);
  while (i < n) {
    const k = classAt(text, i);
    if (isBody(k)) {
      if (numeric && (k !== DIGIT || text.charCodeAt(i) >= 0x80)) numeric = false;
      prev = k;
      prevUnit = text.charCodeAt(i);
      i += widthAt(text, i);
      continue;
    }
    if (k === APOS) {
      numeric = false;
      if (i + 1 < n && isStart(classAt(text, i + 1))) {
        prev = k;
        i += 1;
        continue;
      }
      if (prevUnit === 0x73 || prevUnit === 0x53) return i + 1; // s' S'
      return i;
    }
    if (k === SEP && prev === DIGIT && i + 1 < n && classAt(text, i + 1) === DIGIT) {
      prev = k;
      i += 1;
      continue;
    }
    return i;
  }
  return i;
}

const SOFT_HYPHEN = /\u00AD/g;

function isGapSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isGapHyphen(c: number): boolean {
  return (
    c === 0x2d ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212 ||
    c === 0xfe58 ||
    c === 0xfe63 ||
    c === 0xff0d
  );
}

/** Whitespace and at most one hyphen/dash between `from` and `to`. */
function isJoinGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isGapSpace(c)) continue;
    if (isGapHyphen(c) && hyphens === 0) {
      hyphens = 1;
      continue;
    }
    return false;
  }
  return true;
}

/** The matching key of one word (what {@link Token.key} holds), without the cache. */
function computeKey(raw: string): string {
  let s = raw;
  if (s.includes('\u00AD')) s = s.replace(SOFT_HYPHEN, '');
  s = normalizeVi(s); // includes NFC
  s = normalizePunctuation(s).toLowerCase();
  const k = spellingKey(baseForm(s));
  // Stripping an ending can open a syllable ("…oàs" → "…oà"): place its tone mark again.
  return k === s ? k : normalizeVi(k);
}

/**
 * Per-word cache of keys, in two generations: when the young one reaches CACHE_LIMIT it becomes
 * the old one (the previous old one is dropped), and a word found in the old generation moves back
 * to the young one. Memory stays bounded (at most 2 × CACHE_LIMIT words) and frequent words stay.
 */
const CACHE_LIMIT = 50_000;
let young = new Map<string, Word>();
let old = new Map<string, Word>();

function keysOf(raw: string): Word {
  let entry = young.get(raw);
  if (entry !== undefined) return entry;
  entry = old.get(raw);
  // The cache outlives the text it saw: a word is kept as a string of its own, not as the slice of
  // its paragraph that `raw` may be (which would keep the whole paragraph alive).
  const word = ownCopy(raw);
  if (entry === undefined) {
    const key = computeKey(word);
    entry = new Word(key, foldVi(key));
  }
  if (young.size >= CACHE_LIMIT) {
    old = young;
    young = new Map();
  }
  young.set(word, entry);
  return entry;
}

/**
 * Whether a word (a token's `raw`) is a British or an American spelling:
 * `spellingVariant(raw.toLowerCase())`, kept in the tokeniser's per-word cache.
 */
export function wordSpelling(raw: string): 'gb' | 'us' | undefined {
  return spellingOf(keysOf(raw), raw);
}

/** {@link wordSpelling} of a token, without looking its word up again. */
export function tokenSpelling(token: Token): 'gb' | 'us' | undefined {
  return token.word ? spellingOf(token.word, token.raw) : undefined;
}

function spellingOf(entry: Word, raw: string): 'gb' | 'us' | undefined {
  if (entry.variant === undefined) {
    const lower = raw.toLowerCase();
    entry.variant = spellingVariant(lower) ?? null;
    if (entry.variant !== null) entry.axis = spellingAxis(lower);
  }
  return entry.variant ?? undefined;
}

/** For a token with a British or American spelling ({@link tokenSpelling}): the axis it is on. */
export function tokenSpellingAxis(token: Token): SpellingAxis {
  return token.word?.axis ?? spellingAxis(token.raw.toLowerCase());
}

/** The words of a document with a British or an American spelling, counted on each axis. */
export interface SpellingTally {
  counts: Record<SpellingAxis, Record<'gb' | 'us', number>>;
  /** The first spelling seen on each axis (breaks a tie). */
  first: Partial<Record<SpellingAxis, 'gb' | 'us'>>;
}

export function createSpellingTally(): SpellingTally {
  return { counts: { ize: { gb: 0, us: 0 }, other: { gb: 0, us: 0 } }, first: {} };
}

/** Count one word whose spelling is `variant`, on `axis`. */
export function tallySpelling(tally: SpellingTally, variant: 'gb' | 'us', axis: SpellingAxis): void {
  tally.counts[axis][variant]++;
  tally.first[axis] ??= variant;
}

/**
 * Count the words of `text` that have a British or an American spelling, as
 * {@link tokenSpelling} says of each token of `tokenize(text)`, without making the tokens.
 */
export function countSpellings(text: string, tally: SpellingTally): void {
  scanWords(text, (start, end) => {
    if (numeric) return;
    const raw = text.slice(start, end);
    const entry = keysOf(raw);
    const variant = spellingOf(entry, raw);
    if (variant) tallySpelling(tally, variant, entry.axis!);
  });
}

/**
 * Call `fn(start, end)` for each word of `text`, as {@link tokenize} finds them, with `numeric` as
 * wordEnd() left it for that word. For the passes that need no tokens; tokenize() has its own
 * loop, the hottest of all.
 */
function scanWords(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isStart(classAt(text, i))) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i = wordEnd(text, i);
    fn(start, i);
  }
}

/**
 * The matching key of one word, exactly as {@link tokenize} computes it: NFC → normalizeVi →
 * normalizePunctuation → lower case → baseForm → spellingKey. Idempotent.
 */
export function tokenKey(word: string): string {
  return keysOf(word).key;
}

/**
 * Split a text into word tokens with UTF-16 offsets into `text` as given (NFD input is not
 * normalised first; each word's key is). Never throws.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (!isStart(k)) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    const end = wordEnd(text, i);
    i = end;
    const raw = text.slice(start, end);
    const joined = prevEnd >= 0 && isJoinGap(text, prevEnd, start);
    if (numeric) {
      tokens.push({ start, end, raw, key: raw, fold: raw, joined, word: undefined });
    } else {
      const word = keysOf(raw);
      tokens.push({ start, end, raw, key: word.key, fold: word.fold, joined, word });
    }
    prevEnd = end;
  }
  return tokens;
}

/**
 * Each word of `text` in order, as {@link tokenize} would make its token (key, fold, joined), without
 * making the tokens: compiling a glossary of 10,000 terms otherwise allocates ~200,000 of them.
 */
export function forEachWord(text: string, fn: (key: string, fold: string, joined: boolean) => void): void {
  let prevEnd = -1;
  scanWords(text, (start, end) => {
    const joined = prevEnd >= 0 && isJoinGap(text, prevEnd, start);
    prevEnd = end;
    if (numeric) {
      const raw = text.slice(start, end);
      fn(raw, raw, joined);
    } else {
      const word = keysOf(text.slice(start, end));
      fn(word.key, word.fold, joined);
    }
  });
}

/**
 * The letters and combining marks that end `text` ("" when it ends with anything else): what
 * `/[\p{L}\p{M}]+$/u` matches, read backwards from the end instead of tried from every position.
 */
export function trailingLetters(text: string): string {
  let i = text.length;
  while (i > 0) {
    let at = i - 1;
    const c = text.charCodeAt(at);
    if (c >= 0xdc00 && c <= 0xdfff && at > 0) {
      const high = text.charCodeAt(at - 1);
      if (high >= 0xd800 && high <= 0xdbff) at--;
    }
    const k = classAt(text, at);
    // ʼ (U+02BC) is a letter (Lm) that the tokeniser reads as an apostrophe.
    if (k !== LETTER && k !== MARK && text.charCodeAt(at) !== 0x02bc) break;
    i = at;
  }
  return text.slice(i);
}

/** The keys of a glossary term: `tokenize(term).map(t => t.key)`. */
export function termKeys(term: string): string[] {
  return tokenize(term).map((t) => t.key);
}

/** The folded keys of a glossary term: `tokenize(term).map(t => t.fold)`. */
export function foldKeys(term: string): string[] {
  return tokenize(term).map((t) => t.fold);
}
