/**
 * Validated glossary data → the compiled glossary: every term of every concept as a normalised
 * form, ready for lookup and for the matcher. Built once per glossary; nothing is compiled per
 * document.
 */
import { forEachWord } from '../normalize/index.js';
import type { Concept, GlossaryData, Place } from '../types.js';

/** The key that stands for a `{place}` slot in a form's token keys. */
export const PLACE_SLOT = '\u0000place';
/** The key that stands for a comma, semicolon or colon inside a term ("Information, Education"). */
export const BREAK = '\u0000,';

export type FormKind = 'preferred' | 'admitted' | 'deprecated' | 'variant';

export interface Form {
  concept: Concept;
  lang: 'vi' | 'en';
  kind: FormKind;
  /** The term as the glossary writes it. */
  text: string;
  /**
   * Token keys (tone-exact, case-folded, GB/US unified); PLACE_SLOT where `{place}` stands and
   * BREAK where the term has a comma, semicolon or colon between words.
   */
  keys: string[];
  /** Folded keys (no diacritics, đ→d), for candidates and lookup only. */
  folds: string[];
  /** Where the term sits in its entry, e.g. ['deprecated', 0, 'term'] (shared between forms: never changed). */
  path: readonly (string | number)[];
  reason?: string;
  note?: string;
  /** An admitted form that was the concept's name until this date (AdmittedTerm.validUntil). */
  validUntil?: string;
}

export interface CompiledGlossary {
  concepts: readonly Concept[];
  places: readonly Place[];
  forms: readonly Form[];
  byId: ReadonlyMap<string, Concept>;
  placeById: ReadonlyMap<string, Place>;
  formsByConcept: ReadonlyMap<string, readonly Form[]>;
}

/**
 * Token keys of every form, in the order compileGlossary() lists them, computed at build time for
 * the built-in glossary so that loading it does not tokenise 5,000 terms. `folds[i]` is null
 * where it equals `keys[i]` (most English terms).
 */
export interface PrecomputedKeys {
  keys: string[][];
  folds: Array<string[] | null>;
}

/** A term's token keys and folded keys ({@link keysOfTerm}). */
export type TermKeys = ReturnType<typeof keysOfTerm>;
export type KeysOf = (text: string) => TermKeys;

/**
 * `keys`: the keys of every form computed beforehand, in compile order ({@link PrecomputedKeys}), or
 * a function that gives a term's keys (a {@link keysCache}); by default each term is tokenised.
 */
export function compileGlossary(data: GlossaryData, keys?: PrecomputedKeys | KeysOf): CompiledGlossary {
  const forms: Form[] = [];
  const formsByConcept = new Map<string, Form[]>();
  const keysOf = typeof keys === 'function' ? keys : keys ? replayKeys(keys) : keysOfTerm;
  for (const concept of data.concepts) {
    const own = formsOfConcept(concept, keysOf);
    formsByConcept.set(concept.id, own);
    for (const form of own) forms.push(form);
  }
  return {
    concepts: data.concepts,
    places: data.places,
    forms,
    byId: new Map(data.concepts.map((c) => [c.id, c])),
    placeById: new Map(data.places.map((p) => [p.id, p])),
    formsByConcept,
  };
}

export function formsOfConcept(concept: Concept, keysOf: KeysOf = keysOfTerm): Form[] {
  // Indexed loops, no closures and no spread: this runs once per concept, much of it before V8
  // optimises it (10,000 terms: 40,000 forms), where each of those is one more allocation.
  const out: Form[] = [];
  addForm(out, concept, 'en', 'preferred', concept.en, PATH_EN, keysOf);
  for (let i = 0; i < concept.admitted.length; i++) {
    const a = concept.admitted[i]!;
    const form = addForm(out, concept, 'en', 'admitted', a.term, (admittedPaths[i] ??= Object.freeze(['admitted', i])), keysOf);
    if (form && a.note) form.note = a.note;
    if (form && a.validUntil) form.validUntil = a.validUntil;
  }
  for (let i = 0; i < concept.deprecated.length; i++) {
    const d = concept.deprecated[i]!;
    addForm(out, concept, 'en', 'deprecated', d.term, (deprecatedPaths[i] ??= Object.freeze(['deprecated', i, 'term'])), keysOf, d.reason);
  }
  addForm(out, concept, 'vi', 'preferred', concept.vi, PATH_VI, keysOf);
  for (let i = 0; i < concept.viVariants.length; i++) {
    addForm(out, concept, 'vi', 'variant', concept.viVariants[i]!, (variantPaths[i] ??= Object.freeze(['viVariants', i])), keysOf);
  }
  return out;
}

/** The form of one term, added to `out`; none for a term without words. */
function addForm(
  out: Form[],
  concept: Concept,
  lang: Form['lang'],
  kind: FormKind,
  text: string,
  path: Form['path'],
  keysOf: KeysOf,
  reason?: string,
): Form | undefined {
  const { keys, folds } = keysOf(text);
  if (keys.length === 0) return undefined;
  // A deprecated form is made with its reason, not given it afterwards: a property added to an
  // object literal's object is kept outside it, one more allocation per form.
  const form: Form = reason === undefined ? { concept, lang, kind, text, keys, folds, path } : { concept, lang, kind, text, keys, folds, path, reason };
  out.push(form);
  return form;
}

// A path is the same for the same place in every entry: one frozen array each, shared by all forms
// (a glossary of 10,000 terms otherwise keeps 40,000 small arrays alive).
const PATH_EN: Form['path'] = Object.freeze(['en']);
const PATH_VI: Form['path'] = Object.freeze(['vi']);
const admittedPaths: Array<Form['path']> = [];
const deprecatedPaths: Array<Form['path']> = [];
const variantPaths: Array<Form['path']> = [];

/** Token keys of a glossary term, with PLACE_SLOT for each `{place}` and BREAK for inner punctuation. */
export function keysOfTerm(text: string): { keys: string[]; folds: string[] } {
  const keys: string[] = [];
  // Most English terms fold to themselves: their folds are the keys array itself (forms never
  // change their keys), and a separate array is made only from the first word that differs.
  let folds: string[] | undefined;
  const parts = text.includes('{place}') ? text.split('{place}') : [text];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      keys.push(PLACE_SLOT);
      folds?.push(PLACE_SLOT);
    }
    let first = true;
    forEachWord(parts[i]!, (key, fold, joined) => {
      if (!first && !joined) {
        keys.push(BREAK);
        folds?.push(BREAK);
      }
      first = false;
      if (folds) folds.push(fold);
      else if (fold !== key) (folds = keys.slice()).push(fold);
      keys.push(key);
    });
  }
  return { keys, folds: folds ?? keys };
}

/** What makes two terms the same term for the glossary: their language and their keys. */
export function sameTermKey(lang: Form['lang'], keys: readonly string[]): string {
  return `${lang}:${keys.join(' ')}`;
}

/** The keys of the forms, in compile order, one call after another. */
function replayKeys(precomputed: PrecomputedKeys): KeysOf {
  let next = 0;
  return (text) => {
    const keys = precomputed.keys[next];
    const folds = precomputed.folds[next++];
    return keys ? { keys, folds: folds ?? keys } : keysOfTerm(text);
  };
}

/**
 * {@link keysOfTerm}, remembered per term for one build: validating and compiling a merged
 * glossary meet each term three times. `known` gives the keys of terms met before (the built-in
 * glossary's, from its precomputed keys; see builtinTermKeys()). Forms never change their keys, so
 * forms of the same text may share them.
 */
export function keysCache(known?: ReadonlyMap<string, TermKeys>): KeysOf {
  const seen = new Map<string, TermKeys>();
  return (text) => {
    let k = seen.get(text) ?? known?.get(text);
    if (k === undefined) seen.set(text, (k = keysOfTerm(text)));
    return k;
  };
}

/** The keys of each form's text, from keys computed beforehand for `data` (compile order). */
export function termKeysOf(data: GlossaryData, precomputed: PrecomputedKeys): Map<string, TermKeys> {
  const out = new Map<string, TermKeys>();
  const replay = replayKeys(precomputed);
  for (const concept of data.concepts) {
    formsOfConcept(concept, (text) => {
      const k = replay(text);
      out.set(text, k);
      return k;
    });
  }
  return out;
}

/** The keys of every form of `data`, in compile order, for PrecomputedKeys. */
export function precomputeKeys(data: GlossaryData): PrecomputedKeys {
  const keys: string[][] = [];
  const folds: Array<string[] | null> = [];
  for (const concept of data.concepts) {
    formsOfConcept(concept, (text) => {
      const k = keysOfTerm(text);
      keys.push(k.keys);
      folds.push(k.folds.every((f, i) => f === k.keys[i]) ? null : k.folds);
      return k;
    });
  }
  return { keys, folds };
}
