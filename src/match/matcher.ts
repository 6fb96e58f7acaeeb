/**
 * The compiled matcher: every glossary form in one token trie (exact stage of DESIGN.md §4).
 * match() finds, at each token, the longest run of joined tokens that spells a glossary form;
 * where two overlap, the longer wins (then the later). Matches never overlap.
 */
import type { Token } from '../normalize/index.js';
import { BREAK, PLACE_SLOT, type CompiledGlossary, type Form } from '../glossary/compile.js';
import { ownerId, termKeys, tokenize } from '../normalize/index.js';
import type { Place } from '../types.js';
import { createNode, insert, type TrieNode } from './trie.js';

export interface PlaceMatch {
  place: Place;
  /** Token index range [start, end) consumed by the slot ("tỉnh Quảng Trị", "Quang Tri province"). */
  tokens: [number, number];
  /** Token index range [start, end) of the name alone ("Quảng Trị", "Quang Tri"). */
  name: [number, number];
}

export interface Occurrence {
  /** The forms spelt by these tokens (usually one; several when concepts share a term). */
  forms: Form[];
  /** Token index range [start, end) in the segment's tokens. */
  tokens: [number, number];
  /** Offsets [start, end) in the segment text. */
  start: number;
  end: number;
  place?: PlaceMatch;
}

export interface Matcher {
  /**
   * Occurrences in the tokens of one segment. Give the segment `text` too, so that terms with a
   * comma inside ("Commission for Information, Education and Mass Mobilisation") can match. Given
   * `modifiers`, the matches left out as modifiers of a match that starts inside them are pushed
   * there ("Provincial People's Council" in "Provincial People's Council delegates"): a bilingual
   * check counts them as mentions.
   */
  match(tokens: readonly Token[], text?: string, modifiers?: Occurrence[]): Occurrence[];
}

export interface MatcherOptions {
  /** Only forms of this language (default: both). */
  lang?: 'vi' | 'en';
}

/** Words that may follow or precede a place name without changing the term: "Quang Tri province". */
const PLACE_NOUNS = ['province', 'city', 'tỉnh', 'thành phố'].map((w) => termKeys(w));

const cache = new WeakMap<CompiledGlossary, Map<string, Matcher>>();

export function createMatcher(glossary: CompiledGlossary, options: MatcherOptions = {}): Matcher {
  const cacheKey = options.lang ?? 'any';
  let byLang = cache.get(glossary);
  if (!byLang) cache.set(glossary, (byLang = new Map()));
  const cached = byLang.get(cacheKey);
  if (cached) return cached;

  const root = createNode<Form>();
  let cased = false;
  const forms = glossary.forms;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    if (options.lang && form.lang !== options.lang) continue;
    insert(root, form.keys, form, PLACE_SLOT);
    if (form.concept.matchCase) cased = true;
  }
  const places = createNode<Place>();
  for (const place of glossary.places) {
    for (const name of new Set([place.vi, place.en, ...place.enVariants])) insert(places, termKeys(name), place);
  }
  const starts = startKeys(root, places);
  const owner = ownerId();
  const matcher: Matcher = { match: (tokens, text, modifiers) => matchTokens(root, places, tokens, text, starts, owner, cased, modifiers) };
  byLang.set(cacheKey, matcher);
  return matcher;
}

const NO_FORMS: Form[] = [];

interface Best {
  end: number;
  forms: Form[];
  place: PlaceMatch | undefined;
}

/**
 * The keys a match can start with: the first words of the terms and, where a term starts with a
 * place slot, the first words of what follows it, of the place names and of "province"/"tỉnh"…
 * Undefined (try every token) in the odd case of a slot right after a slot.
 */
function startKeys(root: TrieNode<Form>, places: TrieNode<Place>): ReadonlySet<string> | undefined {
  const keys = new Set(root.next.keys());
  if (root.slot) {
    if (root.slot.slot) return undefined;
    for (const k of root.slot.next.keys()) keys.add(k);
    for (const k of places.next.keys()) keys.add(k);
    for (const noun of PLACE_NOUNS) if (noun[0] !== undefined) keys.add(noun[0]);
  }
  return keys;
}

function matchTokens(
  root: TrieNode<Form>,
  places: TrieNode<Place>,
  tokens: readonly Token[],
  text: string | undefined,
  starts: ReadonlySet<string> | undefined,
  owner: number,
  cased: boolean,
  modifiers: Occurrence[] | undefined,
): Occurrence[] {
  // The longest match at every position; then the longest ones win where they overlap, so that
  // "the Party" does not eat the start of "Party Central Committee's Organisation Commission".
  const found: Occurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most words start no term: pass them over without walking the trie.
    if (starts && !canStart(starts, owner, tokens[i]!)) continue;
    const best: Best = { end: i, forms: NO_FORMS, place: undefined };
    walk(root, places, tokens, text, i, i, undefined, best);
    if (best.forms.length === 0 || best.end <= i) continue;
    const forms = cased ? writtenAsTerms(best.forms, tokens, i, best.end) : best.forms;
    if (forms.length === 0) continue;
    found.push({
      forms,
      tokens: [i, best.end],
      start: tokens[i]!.start,
      end: tokens[best.end - 1]!.end,
      ...(best.place ? { place: best.place } : {}),
    });
  }
  if (found.length < 2) return found;
  // English puts the head noun last: where a match starts inside another and runs on past its end,
  // the first is a modifier of the second. "Quang Tri Provincial People's Council" in "the Quang
  // Tri Provincial People's Council delegates" is about the delegates, however long it is.
  const heads = found.filter((a) => {
    const modifier = found.some((b) => a.tokens[0] < b.tokens[0] && b.tokens[0] < a.tokens[1] && a.tokens[1] < b.tokens[1]);
    if (modifier) modifiers?.push(a);
    return !modifier;
  });
  if (heads.length < 2) return heads;
  const bySize = [...heads].sort(
    // Of two as long, the later one: English puts the head noun last, so "Provincial People's
    // Council delegates" is about delegates, and "the Party Charter" about the charter.
    (a, b) => b.tokens[1] - b.tokens[0] - (a.tokens[1] - a.tokens[0]) || b.tokens[0] - a.tokens[0],
  );
  const taken = new Uint8Array(tokens.length);
  const kept: Occurrence[] = [];
  for (const occ of bySize) {
    let free = true;
    for (let k = occ.tokens[0]; k < occ.tokens[1] && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, occ.tokens[0], occ.tokens[1]);
    kept.push(occ);
  }
  return kept.sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/** The forms that tokens[a, b) spell, less those of matchCase concepts written in other capitals. */
function writtenAsTerms(forms: Form[], tokens: readonly Token[], a: number, b: number): Form[] {
  if (!forms.some((f) => f.concept.matchCase)) return forms;
  return forms.filter((f) => !f.concept.matchCase || writtenAsTerm(f, tokens, a, b));
}

/**
 * Whether tokens[a, b) have the capitals of the form's words: a capital first word is a sentence
 * start, and text all in capitals (a heading, a dateline) is typography, so both count as the term.
 */
function writtenAsTerm(form: Form, tokens: readonly Token[], a: number, b: number): boolean {
  const caps = capitalsOf(form);
  if (caps === null || caps.length !== b - a) return true;
  let allCaps = true;
  for (let k = a; k < b; k++) if (tokens[k]!.raw !== tokens[k]!.raw.toUpperCase()) allCaps = false;
  if (allCaps) return true;
  for (let k = 0; k < caps.length; k++) {
    const upper = startsUpper(tokens[a + k]!.raw);
    if (upper !== caps[k] && !(k === 0 && upper)) return false;
  }
  return true;
}

const formCapitals = new WeakMap<Form, boolean[] | null>();
/** Per word of the form, whether it starts with a capital; null for a form with a place slot. */
function capitalsOf(form: Form): boolean[] | null {
  let caps = formCapitals.get(form);
  if (caps === undefined) {
    caps = form.keys.includes(PLACE_SLOT) ? null : tokenize(form.text).map((t) => startsUpper(t.raw));
    formCapitals.set(form, caps);
  }
  return caps;
}

const startsUpper = (word: string): boolean => word !== word.charAt(0).toLowerCase() + word.slice(1);

/** Whether a term can start with this token; the answer is kept on the token's word. */
function canStart(starts: ReadonlySet<string>, owner: number, token: Token): boolean {
  const word = token.word;
  if (word === undefined || word.key !== token.key) return starts.has(token.key);
  if (word.startsOwner !== owner) {
    word.startsOwner = owner;
    word.starts = starts.has(word.key);
  }
  return word.starts;
}

/** Depth-first: follow key edges and slot edges from `node` at token `j`; keep the longest. */
function walk(
  node: TrieNode<Form>,
  places: TrieNode<Place>,
  tokens: readonly Token[],
  text: string | undefined,
  start: number,
  j: number,
  place: PlaceMatch | undefined,
  best: Best,
): void {
  if (node.values.length > 0 && j > best.end) {
    best.end = j;
    best.forms = node.values;
    // Assigned, not deleted: a delete is a call into the runtime, and walk() runs at every start.
    best.place = place;
  }
  if (j >= tokens.length) return;
  let next: TrieNode<Form> | undefined = node;
  if (j > start && !tokens[j]!.joined) {
    // Only a term that has a comma (or ; :) here may go on across one in the text.
    const comma = node.next.get(BREAK);
    next = comma && text !== undefined && INNER_PUNCTUATION.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) ? comma : undefined;
    if (!next) return;
  }
  const child = next.next.get(tokens[j]!.key);
  if (child) walk(child, places, tokens, text, start, j + 1, place, best);
  if (next === node && node.slot) {
    for (const m of matchPlaces(places, tokens, j, start)) walk(node.slot, places, tokens, text, start, m.tokens[1], m, best);
    // The place may be left out: "the Provincial Party Committee" names the body too.
    walk(node.slot, places, tokens, text, start, j, place, best);
  }
}

const INNER_PUNCTUATION = /^\s*[,;:]\s*$/u;

/** Place names starting at token j (longest first), with an optional "province"/"tỉnh" word. */
function matchPlaces(places: TrieNode<Place>, tokens: readonly Token[], j: number, start: number): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  let node: TrieNode<Place> | undefined = places;
  let k = j;
  // "tỉnh Quảng Trị": the generic word may come first
  const lead = nounAt(tokens, j, start);
  // The name from j; with a leading "tỉnh", also from after it.
  for (let from = j; from <= j + lead; from += lead || 1) {
    node = places;
    for (k = from; k < tokens.length && node; k++) {
      if (k > start && !tokens[k]!.joined) break;
      node = node.next.get(tokens[k]!.key);
      if (node && node.values.length > 0) {
        const place = node.values[0]!;
        const trail = nounAt(tokens, k + 1, start);
        found.push({ place, tokens: [j, k + 1], name: [from, k + 1] });
        if (trail) found.push({ place, tokens: [j, k + 1 + trail], name: [from, k + 1] });
      }
    }
  }
  return found.length < 2 ? found : found.sort((a, b) => b.tokens[1] - a.tokens[1]);
}

function nounAt(tokens: readonly Token[], j: number, start: number): number {
  for (const noun of PLACE_NOUNS) {
    let n = 0;
    while (n < noun.length && j + n < tokens.length && tokens[j + n]!.key === noun[n] && (j + n === start || tokens[j + n]!.joined)) n++;
    if (n === noun.length) return n;
  }
  return 0;
}
