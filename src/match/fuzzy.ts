/**
 * The fuzzy near-miss stage (DESIGN.md §4): spans of text that are one small edit away from a
 * glossary form — a wrong preposition ("Central Committee of Mass Mobilization"), a dropped or
 * added preposition, two swapped words, another body noun ("Committee" for "Commission"), one or
 * two misspelt words ("Vietnam Fatherlan Front") — but are not themselves a form of any concept.
 *
 * Candidate-driven, so that cost grows with the text and not with text × glossary:
 *   1. every form is indexed under one word, its *anchor*: the rarest of its distinctive words
 *      (not generic, in few forms). A near-miss keeps every distinctive word of its form, exact
 *      or misspelt, so it keeps the anchor too; a misspelt anchor is found through a deletion
 *      index. Each text word looks at the forms anchored on it, never at the whole glossary;
 *   2. per form found, cheap necessary conditions (its other distinctive words are in the run,
 *      the words it misses can be paid for);
 *   3. only then a banded token-level alignment of the form against the text around the anchor,
 *      inside one run of joined tokens (never across sentence punctuation).
 */
import { BREAK, PLACE_SLOT, type CompiledGlossary, type Form } from '../glossary/compile.js';
import { ownerId, type Token } from '../normalize/index.js';
import type { Occurrence } from './matcher.js';
import { prebuiltFuzzy } from '../glossary/prebuilt.js';

export interface FuzzyOptions {
  /** Forms of this language (default 'en'). */
  lang?: 'en' | 'vi';
}

/** One accepted near-miss: a span of tokens that is close to, but not, a glossary form. */
export interface NearMiss {
  /** The glossary form the span is closest to (preferred, admitted or deprecated). */
  form: Form;
  /** Token index range [start, end) in the segment's tokens. */
  tokens: [number, number];
  /** Offsets [start, end) in the segment text. */
  start: number;
  end: number;
  /** Edit cost: 1 for an inserted, dropped, substituted or swapped word; 0.5 per misspelt word. */
  cost: number;
}

export interface FuzzyIndex {
  readonly glossary: CompiledGlossary;
  readonly lang: 'en' | 'vi';
  /** The forms that can have near-misses: three words or more once place slots are set aside. */
  readonly entries: readonly Entry[];
  /**
   * Distinctive words: not generic, and in at most a small share of the forms. They anchor
   * forms, and count as evidence that a span names a form.
   */
  readonly distinctive: ReadonlySet<string>;
  /** @internal Anchor word → entries anchored on it. */
  readonly postings: ReadonlyMap<string, Int32Array>;
  /**
   * @internal The same entries split by their second rarest distinctive word: anchor id × number
   * of distinctive words + second id → entries; `single`: anchor → entries with no second one.
   * A run visits only the groups whose second word it holds, not every entry of a common anchor.
   */
  readonly pairs: ReadonlyMap<number, Int32Array>;
  readonly single: ReadonlyMap<string, Int32Array>;
  /** @internal Distinctive word → a small integer, for the per-run marks. */
  readonly wordIds: ReadonlyMap<string, number>;
  /**
   * @internal The distinctive word ids of entry e, rarest first, are
   * rareIds[rareOffsets[e] .. rareOffsets[e + 1]).
   */
  readonly rareIds: Int32Array;
  readonly rareOffsets: Int32Array;
  /**
   * @internal A 64-bit signature of each entry's distinctive words but the first (two halves):
   * bit `id % 64` of each word id. A run whose signature lacks one of these bits lacks one of the
   * words, so plausible() would say no: the visit loop rejects such entries with two ANDs.
   */
  readonly sigLo: Int32Array;
  readonly sigHi: Int32Array;
  /**
   * @internal The same over vocabulary ids (bit `vid % 64`) for the words of each entry that
   * explainable() cannot pay for when missing: not droppable, and not a body noun that may be
   * replaced. A run without one of them, exact or misspelt, gives the entry no near-miss.
   */
  readonly needLo: Int32Array;
  readonly needHi: Int32Array;
  /** @internal Distinctive word → the preferred and admitted forms of 3+ words holding it. */
  readonly containing: ReadonlyMap<string, readonly Form[]>;
  /** @internal Word → entries without any distinctive word (found only through misspellings). */
  readonly typoPostings: ReadonlyMap<string, Int32Array>;
  /** @internal One-letter deletions of the forms' words of ≥ 5 letters → those words. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /**
   * @internal Every word of every form of the language, numbered. The hot filters of the search
   * compare these numbers, and read entries from the typed arrays below, rather than chase strings
   * and entry objects.
   */
  readonly vocabIds: ReadonlyMap<string, number>;
  /** @internal Per vocabulary id: DROPPABLE and BODY_NOUN bits (see explainable()). */
  readonly wordClass: Uint8Array;
  /** @internal The keys of entry e as vocabulary ids (-1: a place slot) are keyIds[keyOffsets[e] .. keyOffsets[e + 1]). */
  readonly keyIds: Int32Array;
  readonly keyOffsets: Int32Array;
  /** @internal Per entry: its reach, and 1 for a deprecated form. */
  readonly reach: Int32Array;
  readonly deprecated: Uint8Array;
  /**
   * @internal The forms of MIN_SPAN words or more without a place slot, by a hash of their
   * vocabulary ids: `exactFirst` maps a hash to an index into `exactForms`, `exactNext` chains the
   * forms with the same hash (-1 ends). See isExactForm().
   */
  readonly exactFirst: ReadonlyMap<number, number>;
  readonly exactForms: readonly Form[];
  readonly exactNext: Int32Array;
  /**
   * @internal The forms with an ordinal among their words ("deputy of the 15th National
   * Assembly"), as their other keys joined by ORDINAL_JOIN. See sameButOrdinals().
   */
  readonly ordinalFree: ReadonlySet<string>;
  /** @internal */ readonly nearCache: Map<string, readonly string[]>;
  /** @internal What the search needs to know about a text word, found once per distinct word. */
  readonly words: Map<string, WordInfo>;
  /** @internal The id under which this index keeps its WordInfo on the tokeniser's words. */
  readonly owner: number;
  /** @internal */ readonly scratch: Scratch;
}

/** @internal A form as the fuzzy stage sees it. */
export interface Entry {
  form: Form;
  /** Keys without a place slot or small word at either end; inner slots kept as PLACE_SLOT. */
  keys: readonly string[];
  /** Per key: a distinctive word (evidence when matched). Shared by entries with the same pattern. */
  distinctive: readonly boolean[];
  /** Number of keys that are not slots. */
  words: number;
  /** The longest span of text the form can align with. */
  reach: number;
  /**
   * A deprecated form: only misspellings and preposition edits count as near-misses of it. A
   * swap or another body noun ("Committee" → "Commission") is how a wrong rendering gets corrected.
   */
  deprecated: boolean;
}

/** @internal State reused across calls: per-entry stamps, and the alignment table. */
interface Scratch {
  counter: number;
  stamp: Int32Array;
  runCounter: number;
  /** Per distinctive word id: the run in which it was last seen (exact or misspelt). */
  runMark: Int32Array;
  /** Per vocabulary id: the run in which some word may be a misspelling of it. */
  nearMark: Int32Array;
  /** The vocabulary ids of the current run's tokens. */
  vids: Int32Array;
  cost: Int32Array;
  evidence: Int32Array;
  start: Int32Array;
}

// ───────────────────────────── tunables ─────────────────────────────

/**
 * A word is *distinctive* when it is not generic and its document frequency across the forms of
 * two words or more is at most max(MIN_DF, RATIO × forms); MIN_DF serves small user glossaries.
 * 10 %, not 2 %: "mass" and "mobilisation" are each in ~5 % of the built-in forms, and "Central
 * Committee of Mass Mobilization" has no rarer word. The generic list keeps "the", "of",
 * "committee", "party", "people" out whatever the glossary.
 */
const DISTINCTIVE_RATIO = 0.1;
const DISTINCTIVE_MIN_DF = 10;
/** Costs in half units: a misspelt word costs 1 (0.5), any other edit 2 (1); the budget is 2 (1). */
const NEAR = 1;
const EDIT = 2;
const BUDGET = 2;
const INF = 1 << 20;
/** How many words a `{place}` slot inside a form may take in the text ("Quang Tri", "Ho Chi Minh City"). */
const SLOT_MAX = 4;
/** Shortest span reported, in tokens. */
const MIN_SPAN = 3;
/**
 * Evidence needed: distinctive words matched, plus misspelt words. A form of generic words alone
 * ("Provincial People's Council") has none but its misspellings: there one misspelt word will do,
 * when every other word is exact (see acceptable()).
 */
const MIN_EVIDENCE = 2;

/** Never distinctive, whatever their frequency in a given glossary. */
const GENERIC = new Set([
  'the', 'a', 'an', 'of', 'for', 'on', 'in', 'at', 'to', 'by', 'from', 'with', 'and', 'or', 'nor', 'as', 'about',
  'under', 'over', 'into', 'among', 'within', 'per', 'via', 'its', 'their', 'all', 'level', 'levels',
  'committee', 'commission', 'board', 'council', 'party', 'people', 'central', 'provincial', 'province',
  'national', 'state', 'city', 'district', 'commune', 'ward', 'town', 'member', 'new', 'former',
]);
/** Words that may replace each other as a one-word substitution (a wrong preposition or article). */
const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'at', 'to', 'by', 'from', 'with', 'about', 'over', 'under', 'into', 'among', 'within']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Trimmed from both ends of a form, so that a near-miss starts and ends on a word of the term. */
const SMALL_WORDS = new Set([...PREPOSITIONS, ...ARTICLES, 'and']);
/** Body nouns that translators confuse with each other ("Committee" for "Commission"). */
const BODY_NOUNS = new Set(['committee', 'commission', 'board']);
/** wordClass bits: a word that may be dropped or replaced at the cost of an edit; a body noun. */
const DROPPABLE = 1;
const BODY_NOUN = 2;

const HAS_DIGIT = /\p{Nd}/u;
const ALPHA = /^\p{L}+$/u;
const CAPITALISED = /^\p{Lu}/u;
/** "15th", "13th": which legislature or congress, not part of a term (see sameButOrdinals()). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const isOrdinal = (key: string): boolean => ORDINAL.test(key);
const withoutOrdinals = (keys: readonly string[]): string[] => keys.filter((k) => !isOrdinal(k));
const ORDINAL_JOIN = '\u0001';

// ───────────────────────────── the index ─────────────────────────────

const cache = new WeakMap<CompiledGlossary, Map<string, FuzzyIndex>>();

/** The fuzzy index of a glossary, built once per glossary and language and shared afterwards. */
export function createFuzzyIndex(glossary: CompiledGlossary, options: FuzzyOptions = {}): FuzzyIndex {
  const lang = options.lang ?? 'en';
  let byLang = cache.get(glossary);
  if (!byLang) cache.set(glossary, (byLang = new Map()));
  const cached = byLang.get(lang);
  if (cached) return cached;
  const prebuilt = lang === 'en' ? prebuiltFuzzy(glossary) : undefined;
  const index = prebuilt ? withState(prebuilt) : buildIndex(glossary, lang);
  byLang.set(lang, index);
  return index;
}

/**
 * A form's word keys; a comma inside a term (BREAK) is not a word to align. Kept aside only for
 * the few forms with a comma: a weak map entry for each of 30,000 forms cost more to make, and to
 * trace in every collection, than the scan of a few keys it saves.
 */
const wordKeys = new WeakMap<Form, string[]>();
function keysOf(form: Form): string[] {
  if (!form.keys.includes(BREAK)) return form.keys;
  let keys = wordKeys.get(form);
  if (!keys) wordKeys.set(form, (keys = form.keys.filter((k) => k !== BREAK)));
  return keys;
}

function buildIndex(glossary: CompiledGlossary, lang: 'en' | 'vi'): FuzzyIndex {
  // This runs once per glossary, much of it before V8 optimises it, and there each step of a
  // for…of loop allocates an iterator result: the loops are indexed (10,000 terms: 18 MB less
  // garbage, median build 212 → 179 ms over 20 A/B runs).
  // Every word of the language's forms gets a number, in the order first seen; the counts and
  // sets below are arrays over these numbers. Each word of a form is looked up once, here: the
  // later passes read the numbers (10,000 terms: ~450,000 map lookups fewer, each run by
  // unoptimised code, since the build runs once).
  const vocabIds = new Map<string, number>();
  const vocab: string[] = [];
  /** Per vocabulary id: an ordinal ("15th"), tested once per word. */
  const ordinal: boolean[] = [];
  const exactFirst = new Map<number, number>();
  const exactForms: Form[] = [];
  const exactChain: number[] = [];
  const ordinalFree = new Set<string>();
  // The forms of the language, each with its word keys' vocabulary ids (-1: a place slot) at
  // vids[at .. at + keys.length); `a`..`b` is the part the alignment uses once loose edges are
  // trimmed (looseEdge()), `words` the number of keys there that are not slots.
  const langForms: Array<{ form: Form; keys: readonly string[]; at: number; a: number; b: number; words: number }> = [];
  const vids: number[] = [];
  const forms = glossary.forms;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    if (form.lang !== lang) continue;
    const formKeys = keysOf(form);
    const at = vids.length;
    let hash = 0;
    let slot = false;
    let ordinals = false;
    for (let i = 0; i < formKeys.length; i++) {
      const k = formKeys[i]!;
      if (k === PLACE_SLOT) {
        slot = true;
        vids.push(-1);
        continue;
      }
      let v = vocabIds.get(k);
      if (v === undefined) {
        v = vocab.length;
        vocabIds.set(k, v);
        vocab.push(k);
        ordinal.push(isOrdinal(k));
      }
      vids.push(v);
      if (ordinal[v]) ordinals = true;
      hash = hashStep(hash, v);
    }
    if (!slot && formKeys.length >= MIN_SPAN) {
      exactChain.push(exactFirst.get(hash) ?? -1);
      exactFirst.set(hash, exactForms.length);
      exactForms.push(form);
    }
    if (!slot && ordinals) ordinalFree.add(withoutOrdinals(formKeys).join(ORDINAL_JOIN));
    let a = 0;
    let b = formKeys.length;
    while (a < b && looseEdge(formKeys[a]!)) a++;
    while (b > a && looseEdge(formKeys[b - 1]!)) b--;
    let words = 0;
    for (let i = at + a; i < at + b; i++) if (vids[i]! >= 0) words++;
    langForms.push({ form, keys: formKeys, at, a, b, words });
  }
  // The forms of two words or more once trimmed; a form's keys are shared where nothing is trimmed.
  const multi: Array<{ form: Form; keys: readonly string[]; at: number; words: number }> = [];
  for (let f = 0; f < langForms.length; f++) {
    const { form, keys, at, a, b, words } = langForms[f]!;
    if (words >= 2) multi.push({ form, keys: a === 0 && b === keys.length ? keys : keys.slice(a, b), at: at + a, words });
  }
  // Per word: a stamp, so that a word repeated in one form counts once.
  const stamp = new Int32Array(vocab.length);
  let stampNow = 0;
  // Document frequency over the forms of two words or more, and the order words were first counted.
  const df = new Int32Array(vocab.length);
  const dfOrder: number[] = [];
  for (let m = 0; m < multi.length; m++) {
    const { keys, at } = multi[m]!;
    stampNow++;
    for (let i = at; i < at + keys.length; i++) {
      const v = vids[i]!;
      if (v < 0 || stamp[v] === stampNow) continue;
      stamp[v] = stampNow;
      if (df[v] === 0) dfOrder.push(v);
      df[v]!++;
    }
  }
  const maxDf = Math.max(DISTINCTIVE_MIN_DF, DISTINCTIVE_RATIO * multi.length);
  const distinctive = new Set<string>();
  const wordIds = new Map<string, number>();
  /** Per vocabulary id: its distinctive word id, or -1. */
  const wordIdOf = new Int32Array(vocab.length).fill(-1);
  for (let d = 0; d < dfOrder.length; d++) {
    const v = dfOrder[d]!;
    const k = vocab[v]!;
    if (df[v]! <= maxDf && !GENERIC.has(k) && !HAS_DIGIT.test(k) && k.length >= 2) {
      distinctive.add(k);
      wordIdOf[v] = wordIds.size;
      wordIds.set(k, wordIds.size);
    }
  }
  const containing = new Map<string, Form[]>();
  for (let f = 0; f < langForms.length; f++) {
    const { form, keys, at } = langForms[f]!;
    if (form.kind === 'deprecated' || keys.length < MIN_SPAN) continue;
    stampNow++;
    for (let i = 0; i < keys.length; i++) {
      const v = vids[at + i]!;
      if (v < 0 || wordIdOf[v]! < 0 || stamp[v] === stampNow) continue;
      stamp[v] = stampNow;
      const k = vocab[v]!;
      let list = containing.get(k);
      if (!list) containing.set(k, (list = []));
      list.push(form);
    }
  }
  // Rarest first: lower document frequency, then the word itself. Ranked once for the whole
  // vocabulary, so that each entry's few words are ordered by comparing two integers.
  const rarity = new Int32Array(vocab.length);
  Array.from(vocab.keys())
    .sort((a, b) => df[a]! - df[b]! || (vocab[a]! < vocab[b]! ? -1 : vocab[a]! > vocab[b]! ? 1 : 0))
    .forEach((v, rank) => (rarity[v] = rank));
  /** Per vocabulary id: 1 when the word can be misspelt (spellable()), 0 when not, -1 not yet known. */
  const spellableOf = new Int8Array(vocab.length).fill(-1);
  const isSpellable = (v: number): boolean => {
    if (spellableOf[v] === -1) spellableOf[v] = spellable(vocab[v]!) ? 1 : 0;
    return spellableOf[v] === 1;
  };

  // Entries with the same pattern of distinctive words share one array of flags.
  const patterns = new Map<string, readonly boolean[]>();
  const distinctiveOf = (at: number, n: number): readonly boolean[] => {
    let pattern = '';
    for (let i = at; i < at + n; i++) pattern += vids[i]! >= 0 && wordIdOf[vids[i]!]! >= 0 ? '1' : '0';
    let flags = patterns.get(pattern);
    if (!flags) {
      const made: boolean[] = [];
      for (let i = 0; i < n; i++) made.push(pattern.charCodeAt(i) === 49);
      patterns.set(pattern, (flags = made));
    }
    return flags;
  };

  const entries: Entry[] = [];
  // The distinct distinctive word ids of each entry, rarest first (the first is the anchor), packed.
  const rareList: number[] = [];
  const rareStarts: number[] = [0];
  // The vocabulary ids of each entry's keys (-1: a place slot), packed the same way.
  const keyList: number[] = [];
  const keyStarts: number[] = [0];
  const postingLists = new Map<string, number[]>();
  const pairLists = new Map<number, number[]>();
  const singleLists = new Map<string, number[]>();
  const typoLists = new Map<string, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, id: number): void => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(id);
  };
  // The words that can be misspelt, in the order first met (a flag per vocabulary id).
  const misspellable: string[] = [];
  const isMisspellable = new Uint8Array(vocab.length);
  for (let m = 0; m < multi.length; m++) {
    const { form, keys, at, words } = multi[m]!;
    // Two-word forms count for document frequency but are never reported: a span of three words
    // is one edit away from them only by an inserted word, which makes another phrase more often
    // than a slip.
    if (words < 3) continue;
    const id = entries.length;
    const rare: number[] = [];
    stampNow++;
    for (let i = at; i < at + keys.length; i++) {
      const v = vids[i]!;
      if (v < 0) continue;
      if (wordIdOf[v]! >= 0 && stamp[v] !== stampNow) {
        stamp[v] = stampNow;
        rare.push(v);
      }
      if (isMisspellable[v] === 0 && isSpellable(v)) {
        isMisspellable[v] = 1;
        misspellable.push(vocab[v]!);
      }
    }
    // Insertion sort by rarity: an entry has a handful of distinctive words.
    for (let a = 1; a < rare.length; a++) {
      const v = rare[a]!;
      let b = a - 1;
      for (; b >= 0 && rarity[rare[b]!]! > rarity[v]!; b--) rare[b + 1] = rare[b]!;
      rare[b + 1] = v;
    }
    for (let r = 0; r < rare.length; r++) rareList.push(wordIdOf[rare[r]!]!);
    rareStarts.push(rareList.length);
    for (let i = at; i < at + keys.length; i++) keyList.push(vids[i]!);
    keyStarts.push(keyList.length);
    entries.push({
      form,
      keys,
      distinctive: distinctiveOf(at, keys.length),
      words,
      reach: words + 1 + (keys.length - words) * SLOT_MAX,
      deprecated: form.kind === 'deprecated',
    });
    if (rare.length > 0) {
      const anchor = vocab[rare[0]!]!;
      push(postingLists, anchor, id);
      if (rare.length > 1) push(pairLists, wordIdOf[rare[0]!]! * wordIds.size + wordIdOf[rare[1]!]!, id);
      else push(singleLists, anchor, id);
    } else {
      // No distinctive word: only two misspelt words can make a near-miss of it.
      stampNow++;
      for (let i = at; i < at + keys.length; i++) {
        const v = vids[i]!;
        if (v < 0 || stamp[v] === stampNow) continue;
        stamp[v] = stampNow;
        if (isSpellable(v)) push(typoLists, vocab[v]!, id);
      }
    }
  }

  // Deletion neighbourhood of the words that can be misspelt (≥ 5 letters): a text word that
  // shares a one-letter deletion with one of them is within edit distance 2 of it.
  const deletions = new Map<string, string[]>();
  const addDeletion = (variant: string, word: string): void => {
    let list = deletions.get(variant);
    if (!list) deletions.set(variant, (list = []));
    if (!list.includes(word)) list.push(word);
  };
  for (const word of misspellable) {
    addDeletion(word, word);
    for (const v of deletionsOf(word)) addDeletion(v, word);
  }

  const rareOffsets = Int32Array.from(rareStarts);
  const rareIds = Int32Array.from(rareList);
  const sigLo = new Int32Array(entries.length);
  const sigHi = new Int32Array(entries.length);
  for (let id = 0; id < entries.length; id++) {
    for (let k = rareOffsets[id]! + 1; k < rareOffsets[id + 1]!; k++) {
      const wid = rareIds[k]!;
      if (inLowHalf(wid)) sigLo[id]! |= sigBit(wid);
      else sigHi[id]! |= sigBit(wid);
    }
  }
  const wordClass = new Uint8Array(vocab.length);
  vocab.forEach((k, v) => {
    if (deletable(k) || ARTICLES.has(k)) wordClass[v]! |= DROPPABLE;
    if (BODY_NOUNS.has(k)) wordClass[v]! |= BODY_NOUN;
  });
  const keyOffsets = Int32Array.from(keyStarts);
  const keyIds = Int32Array.from(keyList);
  const reach = new Int32Array(entries.length);
  const deprecated = new Uint8Array(entries.length);
  for (let id = 0; id < entries.length; id++) {
    reach[id] = entries[id]!.reach;
    deprecated[id] = entries[id]!.deprecated ? 1 : 0;
  }
  const needLo = new Int32Array(entries.length);
  const needHi = new Int32Array(entries.length);
  for (let id = 0; id < entries.length; id++) {
    for (let k = keyOffsets[id]!; k < keyOffsets[id + 1]!; k++) {
      const v = keyIds[k]!;
      if (v < 0 || payable(wordClass[v]!, deprecated[id] === 1)) continue;
      if (inLowHalf(v)) needLo[id]! |= sigBit(v);
      else needHi[id]! |= sigBit(v);
    }
  }
  const typed = <K>(lists: Map<K, number[]>): Map<K, Int32Array> =>
    new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
  const postings = typed(postingLists);
  const pairs = typed(pairLists);
  const single = typed(singleLists);
  const typoPostings = typed(typoLists);

  return withState({
    glossary,
    lang,
    entries,
    distinctive,
    postings,
    pairs,
    single,
    wordIds,
    rareIds,
    rareOffsets,
    sigLo,
    sigHi,
    needLo,
    needHi,
    containing,
    typoPostings,
    deletions,
    exactFirst,
    exactForms,
    exactNext: Int32Array.from(exactChain),
    ordinalFree,
    vocabIds,
    wordClass,
    keyIds,
    keyOffsets,
    reach,
    deprecated,
  });
}

/**
 * @internal A fuzzy index without the state of the process that uses it (its caches, its owner id
 * on the tokeniser's words, its scratch arrays): plain data, which the build saves for the
 * built-in glossary (glossary/prebuilt.ts).
 */
export type FuzzyIndexData = Omit<FuzzyIndex, 'nearCache' | 'words' | 'owner' | 'scratch'>;

/** @internal The saveable part of an index. */
export function fuzzyIndexData(index: FuzzyIndex): FuzzyIndexData {
  const { nearCache: _cache, words: _words, owner: _owner, scratch: _scratch, ...data } = index;
  return data;
}

/** An index of this process from its data: empty caches, a new owner id, new scratch arrays. */
function withState(data: FuzzyIndexData): FuzzyIndex {
  const scratch: Scratch = {
    counter: 0,
    stamp: new Int32Array(data.entries.length),
    runCounter: 0,
    runMark: new Int32Array(data.wordIds.size),
    nearMark: new Int32Array(data.vocabIds.size),
    vids: new Int32Array(64),
    cost: new Int32Array(256),
    evidence: new Int32Array(256),
    start: new Int32Array(256),
  };
  return { ...data, nearCache: new Map(), words: new Map(), owner: ownerId(), scratch };
}

/**
 * A key that goes from either end of a form's keys as the fuzzy stage aligns them: a place slot
 * or a small word ("Committee of {place}" → "Committee"), so that a near-miss starts and ends on a
 * word of the term.
 */
function looseEdge(key: string): boolean {
  return key === PLACE_SLOT || SMALL_WORDS.has(key);
}

/** A word that can carry a misspelling worth reporting: letters only, at least 5 of them. */
function spellable(word: string): boolean {
  return word.length >= 5 && ALPHA.test(word);
}

function* deletionsOf(word: string): Iterable<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

// ───────────────────────────── near spellings ─────────────────────────────

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), capped at max + 1. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/**
 * Whether the text word `actual` looks like a misspelling of the glossary word `expected`:
 * different keys, both letters only, the same first letter, `actual` not itself a word of the
 * glossary ("policy" is not a misspelling of "police"), and edit distance ≤ 1 for words of
 * 5–8 letters, ≤ 2 from 9 letters.
 */
function isNearSpelling(index: FuzzyIndex, actual: string, expected: string): boolean {
  if (actual === expected) return false;
  const shorter = Math.min(actual.length, expected.length);
  if (shorter < 5) return false;
  const max = shorter >= 9 ? 2 : 1;
  if (Math.abs(actual.length - expected.length) > max) return false;
  if (actual.charCodeAt(0) !== expected.charCodeAt(0)) return false;
  if (index.vocabIds.has(actual)) return false;
  if (!ALPHA.test(actual) || !ALPHA.test(expected)) return false;
  return editDistance(actual, expected, max) <= max;
}

/** A text word that may be a misspelling: no word of the glossary, letters only, ≥ 5 of them. */
function unknownWord(index: FuzzyIndex, key: string): boolean {
  return !index.vocabIds.has(key) && spellable(key);
}

const NEAR_CACHE_LIMIT = 20_000;

/** @internal A text word as the search sees it. */
export interface WordInfo {
  /** Entries anchored on the word itself. */
  own: Int32Array | undefined;
  /** Glossary words it may be a misspelling of (an unknown word only). */
  near: readonly string[];
  /** Its distinctive word id, or -1. */
  id: number;
  /** Entries anchored on it that have no other distinctive word. */
  single: Int32Array | undefined;
  /** Its vocabulary id, or -1. */
  vid: number;
}

const WORDS_LIMIT = 50_000;

/**
 * What the index knows of a token's word, kept on the tokeniser's Word: one lookup per distinct
 * word, not four per token. Most words of a text are neither an anchor nor a possible misspelling,
 * and are then passed over at once.
 */
function wordInfo(index: FuzzyIndex, token: Token): WordInfo {
  const word = token.word;
  if (word === undefined || word.key !== token.key) return infoOf(index, token.key);
  if (word.nearOwner !== index.owner) {
    word.nearOwner = index.owner;
    word.near = infoOf(index, word.key);
  }
  return word.near as WordInfo;
}

/** The same for a key, cached in the index (for tokens without a Word: numbers, rewritten keys). */
function infoOf(index: FuzzyIndex, key: string): WordInfo {
  let info = index.words.get(key);
  if (info === undefined) {
    info = {
      own: index.postings.get(key),
      near: unknownWord(index, key) ? nearWords(index, key) : NO_NEAR,
      id: index.wordIds.get(key) ?? -1,
      single: index.single.get(key),
      vid: index.vocabIds.get(key) ?? -1,
    };
    if (index.words.size >= WORDS_LIMIT) index.words.clear();
    index.words.set(key, info);
  }
  return info;
}
const NO_NEAR: readonly string[] = [];

/**
 * The words of the glossary's forms (of 3+ words) that the unknown text word may be a
 * misspelling of.
 */
function nearWords(index: FuzzyIndex, key: string): readonly string[] {
  const cached = index.nearCache.get(key);
  if (cached) return cached;
  const found = new Set<string>();
  const probe = (v: string): void => {
    for (const word of index.deletions.get(v) ?? []) if (isNearSpelling(index, key, word)) found.add(word);
  };
  probe(key);
  for (const v of deletionsOf(key)) probe(v);
  const out = [...found];
  if (index.nearCache.size >= NEAR_CACHE_LIMIT) index.nearCache.clear();
  index.nearCache.set(key, out);
  return out;
}

// ───────────────────────────── the search ─────────────────────────────

interface Candidate {
  entry: number;
  a: number;
  b: number;
  /** Half units. */
  cost: number;
  evidence: number;
}

/** A word id's bit in a 64-bit signature (see FuzzyIndex.sigLo): bit `id % 64`, in two halves. */
const inLowHalf = (id: number): boolean => (id & 63) < 32;
const sigBit = (id: number): number => 1 << (id & 31);

/** What the cheap checks need to know about one run of joined tokens, built on first use. */
interface RunContext {
  /**
   * The mark of this run in scratch.runMark (its distinctive words, exact or misspelt) and in
   * scratch.nearMark (the glossary words that some word of the run may be a misspelling of).
   */
  mark: number;
  /** The distinctive word ids marked for this run (exact or misspelt), each once. */
  ids: number[];
  /** The signature of `ids` (see FuzzyIndex.sigLo). */
  sigLo: number;
  sigHi: number;
  /** The signature of the run's words and of the glossary words they may misspell (see FuzzyIndex.needLo). */
  wordsLo: number;
  wordsHi: number;
  /** The run's first token, and the vocabulary id (or -1) of each of its tokens, from index 0 (scratch.vids). */
  start: number;
  vids: Int32Array;
}

/**
 * Near-misses among `tokens`: spans that align with a glossary form at an edit cost of at most 1
 * (see {@link NearMiss.cost}), are not themselves a glossary form nor part of a preferred or
 * admitted one, neither cut through nor sit inside an exact occurrence, cover at least 3 tokens
 * and share at least 2 distinctive (or misspelt) words with the form. Non-overlapping: the
 * cheapest, then the longest, win. In text order.
 */
export function findNearMisses(index: FuzzyIndex, tokens: readonly Token[], exact: readonly Occurrence[] = []): NearMiss[] {
  const n = tokens.length;
  if (n < MIN_SPAN || index.entries.length === 0) return [];
  const scratch = index.scratch;
  const search: Search = { index, tokens, exact, candidates: [], covering: undefined, rs: 0, re: 0, run: undefined };

  let rs = 0;
  while (rs < n) {
    // One run of joined tokens: a near-miss never crosses sentence punctuation.
    let re = rs + 1;
    while (re < n && tokens[re]!.joined) re++;
    if (re - rs >= MIN_SPAN) {
      search.rs = rs;
      search.re = re;
      search.run = undefined;
      for (let p = rs; p < re; p++) {
        const { own, near, id, single } = wordInfo(index, tokens[p]!);
        if (own === undefined && near.length === 0) continue;
        const stamp = nextStamp(scratch);
        if (own) {
          const ctx = runOf(search);
          if (own.length <= ctx.ids.length) visit(search, own, p, stamp);
          else {
            // A common anchor: only the entries whose second word the run holds (plausible()
            // needs it), one lookup per distinctive word of the run.
            if (single) visit(search, single, p, stamp);
            const base = id * index.wordIds.size;
            for (const second of ctx.ids) {
              const list = index.pairs.get(base + second);
              if (list) visit(search, list, p, stamp);
            }
          }
        }
        // An anchor word is a word of the glossary, so never also a misspelling of one.
        for (const word of near) {
          const anchored = index.postings.get(word);
          if (anchored) visit(search, anchored, p, stamp);
          const typo = index.typoPostings.get(word);
          if (typo) visit(search, typo, p, stamp);
        }
      }
    }
    rs = re;
  }
  if (search.candidates.length === 0) return [];
  return choose(index, search.candidates, tokens, exact, search.covering ?? coveringOccurrence(n, exact));
}

/**
 * One call of findNearMisses(): its input, the candidates found so far, and the run of joined
 * tokens [rs, re) being searched, with its context once a word of it is a hit. A function of its
 * own and not a closure over findNearMisses()'s locals, so that V8 compiles it once on its own
 * rather than inlined at each of the four places that call it.
 */
interface Search {
  readonly index: FuzzyIndex;
  readonly tokens: readonly Token[];
  readonly exact: readonly Occurrence[];
  readonly candidates: Candidate[];
  /** For each token, the exact occurrence covering it (coveringOccurrence()), made on first use. */
  covering: Int32Array | undefined;
  rs: number;
  re: number;
  run: RunContext | undefined;
}

function runOf(search: Search): RunContext {
  return (search.run ??= runContext(search.index, search.tokens, search.rs, search.re));
}

/** Try the entries of `list`, found through the word at token p, as near-misses around it. */
function visit(search: Search, list: Int32Array, p: number, stamp: number): void {
  const { index, tokens, exact, rs, re } = search;
  const stamps = index.scratch.stamp;
  const ctx = runOf(search);
  const covering = (search.covering ??= coveringOccurrence(tokens.length, exact));
  // A near-miss must hold every exact occurrence it touches strictly inside it (see
  // acceptable()). Where the hit is inside one, a form that cannot reach past it, or that
  // is the very form found there, can give none (nor can it from any other of its words).
  const inside = covering[p]! >= 0 ? exact[covering[p]!]! : undefined;
  const { sigLo, sigHi, needLo, needHi } = index;
  const runLo = ~ctx.sigLo;
  const runHi = ~ctx.sigHi;
  const wordsLo = ~ctx.wordsLo;
  const wordsHi = ~ctx.wordsHi;
  for (let x = 0; x < list.length; x++) {
    const id = list[x]!;
    // A word of the entry is missing from the run: plausible() would say no.
    if (((sigLo[id]! & runLo) | (sigHi[id]! & runHi)) !== 0) continue;
    // A word the run lacks and that cannot be paid for: explainable() would say no.
    if (((needLo[id]! & wordsLo) | (needHi[id]! & wordsHi)) !== 0) continue;
    if (stamps[id] === stamp) continue;
    stamps[id] = stamp;
    const reach = index.reach[id]!;
    if (inside && (reach <= inside.tokens[1] - inside.tokens[0] || inside.forms.includes(index.entries[id]!.form))) continue;
    if (!plausible(index, id, ctx)) continue;
    const lo = Math.max(rs, p - reach);
    const hi = Math.min(re, p + reach + 1);
    if (!explainable(index, id, lo, hi, ctx)) continue;
    const found = align(index, index.entries[id]!, tokens, lo, hi, covering);
    if (found) search.candidates.push({ entry: id, ...found });
  }
}

/**
 * The candidates that are acceptable and do not overlap: the cheapest, then the longest, win. In
 * text order. Apart from the search, which runs for every run of words: this runs only where a
 * candidate was found, and inside the search its late first use deoptimised the search (1 MB,
 * 1,000 terms: the search compiled 5 times, 250 ms of optimising work, against 2 and 97 ms).
 */
function choose(index: FuzzyIndex, candidates: Candidate[], tokens: readonly Token[], exact: readonly Occurrence[], covering: Int32Array): NearMiss[] {
  const n = tokens.length;
  const accepted = candidates.filter((c) => acceptable(index, c, tokens, exact, covering));
  accepted.sort(
    (x, y) =>
      x.cost - y.cost || y.b - y.a - (x.b - x.a) || y.evidence - x.evidence || rank(index, x) - rank(index, y) || x.a - y.a,
  );
  const taken = new Uint8Array(n);
  const out: NearMiss[] = [];
  for (const c of accepted) {
    let free = true;
    for (let i = c.a; i < c.b && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.a, c.b);
    out.push({
      form: index.entries[c.entry]!.form,
      tokens: [c.a, c.b],
      start: tokens[c.a]!.start,
      end: tokens[c.b - 1]!.end,
      cost: c.cost / 2,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

const KIND_RANK: Record<Form['kind'], number> = { preferred: 0, admitted: 1, deprecated: 2, variant: 3 };
function rank(index: FuzzyIndex, c: Candidate): number {
  return KIND_RANK[index.entries[c.entry]!.form.kind] * 1e7 + c.entry;
}

function nextStamp(scratch: Scratch): number {
  if (scratch.counter >= 0x3fffffff) {
    scratch.counter = 0;
    scratch.stamp.fill(0);
  }
  return ++scratch.counter;
}

function runContext(index: FuzzyIndex, tokens: readonly Token[], rs: number, re: number): RunContext {
  const scratch = index.scratch;
  if (scratch.runCounter >= 0x3fffffff) {
    scratch.runCounter = 0;
    scratch.runMark.fill(0);
    scratch.nearMark.fill(0);
  }
  const mark = ++scratch.runCounter;
  const ids: number[] = [];
  let sigLo = 0;
  let sigHi = 0;
  const see = (id: number): void => {
    if (scratch.runMark[id] === mark) return;
    scratch.runMark[id] = mark;
    ids.push(id);
    if (inLowHalf(id)) sigLo |= sigBit(id);
    else sigHi |= sigBit(id);
  };
  if (scratch.vids.length < re - rs) scratch.vids = new Int32Array(Math.max(re - rs, scratch.vids.length * 2));
  const vids = scratch.vids;
  let wordsLo = 0;
  let wordsHi = 0;
  const has = (v: number): void => {
    if (inLowHalf(v)) wordsLo |= sigBit(v);
    else wordsHi |= sigBit(v);
  };
  for (let i = rs; i < re; i++) {
    const info = wordInfo(index, tokens[i]!);
    vids[i - rs] = info.vid;
    if (info.vid >= 0) has(info.vid);
    if (info.id >= 0) see(info.id);
    for (const word of info.near) {
      const v = index.vocabIds.get(word);
      if (v !== undefined) {
        scratch.nearMark[v] = mark;
        has(v);
      }
      const id = index.wordIds.get(word);
      if (id !== undefined) see(id);
    }
  }
  return { mark, ids, sigLo, sigHi, wordsLo, wordsHi, start: rs, vids };
}

/**
 * A near-miss keeps every distinctive word of its form, exact or misspelt, and has at least
 * MIN_EVIDENCE of them or of misspelt words (one misspelt word for a form without distinctive
 * words): so the run must hold each of them, or a misspelling of it, and enough evidence.
 */
function plausible(index: FuzzyIndex, id: number, run: RunContext): boolean {
  const from = index.rareOffsets[id]!;
  const to = index.rareOffsets[id + 1]!;
  const marks = index.scratch.runMark;
  const rareIds = index.rareIds;
  // The first is the anchor, present (or misspelt) by construction.
  for (let k = from + 1; k < to; k++) if (marks[rareIds[k]!] !== run.mark) return false;
  if (to - from >= MIN_EVIDENCE) return true;
  let typos = to - from;
  const nearMark = index.scratch.nearMark;
  for (let k = index.keyOffsets[id]!; k < index.keyOffsets[id + 1]!; k++) {
    const v = index.keyIds[k]!;
    if (v >= 0 && nearMark[v] === run.mark && ++typos >= MIN_EVIDENCE) return true;
  }
  return to === from && typos > 0;
}

/**
 * A necessary condition, cheaper than the alignment: each of the form's words missing around the
 * hit can be paid for — misspelt (half an edit), or dropped or replaced where that is allowed (a
 * preposition, "and", an article, a body noun) — within budget.
 */
function explainable(index: FuzzyIndex, id: number, lo: number, hi: number, run: RunContext): boolean {
  const { keyIds, wordClass } = index;
  const nearMark = index.scratch.nearMark;
  const vids = run.vids;
  const a = lo - run.start;
  const b = hi - run.start;
  let cost = 0;
  for (let k = index.keyOffsets[id]!; k < index.keyOffsets[id + 1]!; k++) {
    const v = keyIds[k]!;
    if (v < 0) continue; // a place slot
    let found = false;
    for (let i = a; i < b && !found; i++) found = vids[i] === v;
    if (found) continue;
    if (nearMark[v] === run.mark) cost += NEAR;
    else if (payable(wordClass[v]!, index.deprecated[id] === 1)) cost += EDIT;
    else return false;
    if (cost > BUDGET) return false;
  }
  return true;
}

/** A missing word that an edit can pay for: a droppable one, or a body noun another may replace (not in a deprecated form). */
function payable(wordClass: number, deprecated: boolean): boolean {
  return (wordClass & DROPPABLE) !== 0 || ((wordClass & BODY_NOUN) !== 0 && !deprecated);
}

/** For each token, the index of the exact occurrence covering it, or -1. */
function coveringOccurrence(n: number, exact: readonly Occurrence[]): Int32Array {
  const covering = new Int32Array(n).fill(-1);
  exact.forEach((occ, k) => {
    for (let i = Math.max(0, occ.tokens[0]); i < Math.min(n, occ.tokens[1]); i++) covering[i] = k;
  });
  return covering;
}

function acceptable(
  index: FuzzyIndex,
  c: Candidate,
  tokens: readonly Token[],
  exact: readonly Occurrence[],
  covering: Int32Array,
): boolean {
  if (c.cost === 0 || c.cost > BUDGET || c.b - c.a < MIN_SPAN) return false;
  // Enough evidence; for a form of generic words, one misspelt word and every other word exact.
  const generic = index.rareOffsets[c.entry] === index.rareOffsets[c.entry + 1];
  if (c.evidence < MIN_EVIDENCE && !(generic && c.cost === NEAR)) return false;
  // Not a form of any concept…
  const keys = spanKeys(tokens, c.a, c.b);
  if (isFormKeys(index, keys)) return false;
  // …nor a shortened reference to a correct one…
  if (insideAcceptedForm(index, tokens, c.a, c.b)) return false;
  // …nor a form with another legislature's or congress's number, or with none…
  if (sameButOrdinals(index, keys)) return false;
  // …and exact occurrences it touches lie strictly inside it (the exact stage has the last word
  // on a span that is, or is part of, a longer form), except one that it starts inside and runs
  // on past: that is a modifier of it, as in the exact stage (matchTokens()): "the Party" in
  // "the Party Central Commitee".
  for (let i = c.a; i < c.b; i++) {
    const k = covering[i]!;
    if (k < 0) continue;
    const [s, e] = exact[k]!.tokens;
    if (s < c.a && e < c.b) continue;
    if (s < c.a || e > c.b || e - s >= c.b - c.a) return false;
  }
  return true;
}

/** One step of the hash of a sequence of vocabulary ids (a form's in buildIndex, a span's in isExactForm). */
const hashStep = (hash: number, id: number): number => (Math.imul(hash, 0x01000193) ^ (id + 1)) | 0;

/**
 * @internal Whether the keys of tokens[a, b) are those of a form without a place slot (its commas
 * aside); for spans of MIN_SPAN tokens or more, the only ones the index keeps forms for.
 */
export function isExactForm(index: FuzzyIndex, tokens: readonly Token[], a: number, b: number): boolean {
  return isFormKeys(index, spanKeys(tokens, a, b));
}

/** The keys of tokens[a, b). */
function spanKeys(tokens: readonly Token[], a: number, b: number): string[] {
  const keys: string[] = [];
  for (let i = a; i < b; i++) keys.push(tokens[i]!.key);
  return keys;
}

/** The same for a sequence of keys. */
function isFormKeys(index: FuzzyIndex, span: readonly string[]): boolean {
  let hash = 0;
  for (const key of span) {
    const v = index.vocabIds.get(key);
    if (v === undefined) return false;
    hash = hashStep(hash, v);
  }
  for (let f = index.exactFirst.get(hash) ?? -1; f >= 0; f = index.exactNext[f]!) {
    const keys = keysOf(index.exactForms[f]!);
    if (keys.length !== span.length) continue;
    let k = 0;
    while (k < keys.length && keys[k] === span[k]) k++;
    if (k === keys.length) return true;
  }
  return false;
}

/**
 * Whether the keys of a span are those of a form once ordinals are set aside on both sides: an
 * ordinal names which legislature or congress is meant, not the term. "Deputies to the 15th National Assembly"
 * is the admitted "deputy to the National Assembly"; "deputies of the National Assembly" is the
 * admitted "deputy of the 15th National Assembly" without its number. Neither is a near-miss of
 * the other form (a preposition apart).
 */
function sameButOrdinals(index: FuzzyIndex, keys: readonly string[]): boolean {
  const bare = withoutOrdinals(keys);
  if (index.ordinalFree.has(bare.join(ORDINAL_JOIN))) return true;
  return bare.length < keys.length && bare.length >= MIN_SPAN && isFormKeys(index, bare);
}

/**
 * Whether the words of tokens[a, b) run, in order, inside a preferred or admitted form: a
 * shortened reference to a correct term ("Mass Mobilisation Commission" inside "Provincial Party
 * Committee's Mass Mobilisation Commission") is no near-miss of another term.
 */
function insideAcceptedForm(index: FuzzyIndex, tokens: readonly Token[], a: number, b: number): boolean {
  let forms: readonly Form[] | undefined;
  for (let i = a; i < b; i++) {
    const list = index.containing.get(tokens[i]!.key);
    if (list && (!forms || list.length < forms.length)) forms = list;
  }
  if (!forms) return false;
  const len = b - a;
  for (const form of forms) {
    const keys = keysOf(form);
    for (let s = 0; s + len <= keys.length; s++) {
      let k = 0;
      while (k < len && keys[s + k] === tokens[a + k]!.key) k++;
      if (k === len) return true;
    }
  }
  return false;
}

// ───────────────────────────── alignment ─────────────────────────────

/**
 * Align the form of `entry` with a span of tokens[lo, hi): free start and end, the first and last
 * form words aligned to text words (no edge insertions or deletions), within the edit budget.
 * Returns the cheapest span with a cost above 0 (then the longest, then the best evidenced).
 */
function align(
  index: FuzzyIndex,
  entry: Entry,
  tokens: readonly Token[],
  lo: number,
  hi: number,
  covering: Int32Array,
): Omit<Candidate, 'entry'> | undefined {
  const K = entry.keys;
  const M = K.length;
  const cols = M + 1;
  const size = (hi - lo + 1) * cols;
  const s = index.scratch;
  if (s.cost.length < size) {
    const grown = Math.max(size, s.cost.length * 2);
    s.cost = new Int32Array(grown);
    s.evidence = new Int32Array(grown);
    s.start = new Int32Array(grown);
  }
  const C = s.cost;
  const E = s.evidence;
  const S = s.start;
  C.fill(INF, 0, size);
  for (let i = lo; i < hi; i++) {
    const at = (i - lo) * cols;
    C[at] = 0;
    E[at] = 0;
    S[at] = i;
  }
  /** Relax cell (i, j) with a path of the given cost, evidence and start. */
  const put = (i: number, j: number, cost: number, evidence: number, start: number): void => {
    if (cost > BUDGET || i > hi) return;
    const at = (i - lo) * cols + j;
    const c = C[at]!;
    if (cost < c || (cost === c && (evidence > E[at]! || (evidence === E[at]! && start < S[at]!)))) {
      C[at] = cost;
      E[at] = evidence;
      S[at] = start;
    }
  };

  for (let i = lo; i <= hi; i++) {
    for (let j = 0; j < M; j++) {
      const at = (i - lo) * cols + j;
      const cost = C[at]!;
      if (cost > BUDGET) continue;
      const evidence = E[at]!;
      const start = S[at]!;
      const f = K[j]!;
      if (f === PLACE_SLOT) {
        // an inner slot takes one to SLOT_MAX capitalised words (the place name)
        for (let k = 1; k <= SLOT_MAX && i + k <= hi; k++) {
          if (!CAPITALISED.test(tokens[i + k - 1]!.raw)) break;
          put(i + k, j + 1, cost, evidence, start);
        }
        continue;
      }
      // drop form word j: a preposition or "and" inside the form ("Ministry Natural Resources")
      if (j >= 1 && j <= M - 2 && deletable(f)) put(i, j + 1, cost + EDIT, evidence, start);
      if (i >= hi) continue;
      const t = tokens[i]!;
      // insert text word i between form words j - 1 and j: a preposition
      if (j >= 1 && PREPOSITIONS.has(t.key)) put(i + 1, j, cost + EDIT, evidence, start);
      // match, misspelling or substitution
      if (t.key === f) put(i + 1, j + 1, cost, evidence + (entry.distinctive[j] ? 1 : 0), start);
      else if (isNearSpelling(index, t.key, f)) put(i + 1, j + 1, cost + NEAR, evidence + 1, start);
      else if (substitutable(t.key, f, entry.deprecated)) put(i + 1, j + 1, cost + EDIT, evidence, start);
      // swap of two adjacent words, unless both belong to one exact occurrence (a term of its
      // own, such as "Great National Unity" in "Great National Unity Day")
      if (!entry.deprecated && j + 1 < M && i + 1 < hi && (covering[i]! < 0 || covering[i] !== covering[i + 1])) {
        const g = K[j + 1]!;
        if (g !== PLACE_SLOT && g !== f && t.key === g && tokens[i + 1]!.key === f) {
          const gained = (entry.distinctive[j] ? 1 : 0) + (entry.distinctive[j + 1] ? 1 : 0);
          put(i + 2, j + 2, cost + EDIT, evidence + gained, start);
        }
      }
    }
  }

  let best: Omit<Candidate, 'entry'> | undefined;
  for (let e = lo + 1; e <= hi; e++) {
    const at = (e - lo) * cols + M;
    const cost = C[at]!;
    if (cost === 0 || cost > BUDGET) continue;
    const cand = { a: S[at]!, b: e, cost, evidence: E[at]! };
    if (
      !best ||
      cand.cost < best.cost ||
      (cand.cost === best.cost && (cand.b - cand.a > best.b - best.a || (cand.b - cand.a === best.b - best.a && cand.evidence > best.evidence)))
    ) {
      best = cand;
    }
  }
  return best;
}

/**
 * Only prepositions are inserted, and only prepositions or "and" dropped: an added content word
 * is usually a qualifier ("Vice Chairman of the *Provincial* People's Committee"), a dropped one
 * a shorter name for something else ("new-style rural development"), and an article comes and
 * goes with headline style ("President of VFF Central Committee") — none of them a slip.
 */
function deletable(key: string): boolean {
  return PREPOSITIONS.has(key) || key === 'and';
}

/** One word for another: a preposition for a preposition, an article for an article, a body noun for a body noun. */
function substitutable(actual: string, expected: string, deprecated: boolean): boolean {
  return (
    (PREPOSITIONS.has(actual) && PREPOSITIONS.has(expected)) ||
    (ARTICLES.has(actual) && ARTICLES.has(expected)) ||
    (!deprecated && BODY_NOUNS.has(actual) && BODY_NOUNS.has(expected))
  );
}
