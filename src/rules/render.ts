/**
 * Helpers shared by rules: the source words of an occurrence, and a glossary term adapted to the
 * place in the text it would replace (place name, spelling, possessive or plural ending,
 * sentence-initial capital).
 */
import type { Occurrence } from '../match/matcher.js';
import { baseForm, counterpart, spellingAxis, spellingVariant, trailingLetters } from '../normalize/index.js';
import type { SegmentView, SpellingStyle } from './types.js';

export const rawOf = (view: SegmentView, occ: Occurrence): string => view.segment.text.slice(occ.start, occ.end);

const POSSESSIVE = /['’ʼ]s?$/u;

export interface AdaptOptions {
  spelling: SpellingStyle;
  /** The text the term replaces: its possessive ending and initial capital carry over. */
  replaces?: string;
  /** The place name matched in the text, for a `{place}` slot. */
  place?: string;
  sentenceStart?: boolean;
}

export function adaptTerm(term: string, options: AdaptOptions): string {
  let out = term.includes('{place}')
    ? options.place
      ? term.replaceAll('{place}', options.place)
      : term.replace(/\{place\}\s*/g, '').replace(/\s*\{place\}/g, '')
    : term;
  // With a place name from the text, the string holds part of the document: it is not kept.
  out = options.place ? respell(out, options.spelling) : respelled(out, options.spelling);
  const replaces = options.replaces;
  if (replaces) {
    const ending = replaces.match(POSSESSIVE)?.[0];
    if (ending && !POSSESSIVE.test(out)) out += ending.length === 1 ? ending : `${ending[0]}s`;
    else if (!ending && isPlural(trailingLetters(replaces)) && !isPlural(trailingLetters(out))) out = pluralize(out);
  }
  if (options.sentenceStart) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/** Each word of `text` in the given spelling (per axis: "Mobilization" and "Labour" in Oxford spelling). */
function respell(text: string, spelling: SpellingStyle): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const variant = spellingVariant(lower);
    return variant && variant !== spelling[spellingAxis(lower)] ? (counterpart(word) ?? word) : word;
  });
}

/**
 * respell(), kept per spelling and text: a document names the same few terms many times, and each
 * costs a regular expression and a spelling lookup per word. Only for text made from the glossary
 * alone: a string holding a slice of a document would keep the whole document alive in the cache.
 */
function respelled(text: string, spelling: SpellingStyle): string {
  const key = `${spelling.ize}${spelling.other}`;
  let cache = RESPELLED.get(key);
  if (!cache) RESPELLED.set(key, (cache = new Map()));
  let out = cache.get(text);
  if (out === undefined) {
    if (cache.size >= RESPELLED_LIMIT) cache.clear();
    cache.set(text, (out = respell(text, spelling)));
  }
  return out;
}

/** By spelling style (its two letters' worth: "gbgb", "usgb", …), then by text. */
const RESPELLED = new Map<string, Map<string, string>>();
const RESPELLED_LIMIT = 5_000;

/** A word in the plural ("Councils", "deputies", "Affairs"): it ends in s, and its base form is another word. */
export function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && baseForm(lower) !== lower;
}

/** The term with its last word in the plural ("deputy" → "deputies", "Council" → "Councils"). */
function pluralize(term: string): string {
  return term.replace(/([\p{L}\p{M}]+)$/u, (w) =>
    /[^aeiou]y$/iu.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/iu.test(w) ? `${w}es` : `${w}s`,
  );
}

/** Whether the occurrence starts a sentence (start of the segment, or after . ! ? and a space). */
export function atSentenceStart(view: SegmentView, occ: Occurrence): boolean {
  const before = view.segment.text.slice(Math.max(0, occ.start - 4), occ.start);
  return occ.start === 0 || /(^|[.!?:]["”’)]?\s+)$/u.test(before) || /^\s*["“‘(]?$/u.test(view.segment.text.slice(0, occ.start));
}
