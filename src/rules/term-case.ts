/**
 * term-case: a proper term (caseSensitive) missing a capital, e.g. "Provincial party Committee",
 * or the apostrophe of its possessive, e.g. "Provincial Peoples Committee", or the whole ending,
 * e.g. "Provincial People Committee" (reported wherever the term stands: a kind of body or a title
 * misses it as much as a name does); or a word of it in another number, e.g. "Ministry of Public
 * Securities" (see fixNumber()).
 * Only missing capitals are reported, never extra ones (a capital the glossary lacks is the
 * writer's choice). Left alone: text in capitals; a kind of body rather than one body ("Party
 * committees", "people's councils at all levels", "each people's council"); a title not followed by a name ("the general
 * secretary said", "members of the People's Committee"), while a title before a name is
 * capitalised ("General Secretary To Lam"); single lower-case words ("the government", "directives"); and generic words inside
 * names ("Quang Tri province"). Fix: the glossary's capitals, word by word.
 */
import type { Form } from '../glossary/compile.js';
import type { Occurrence } from '../match/matcher.js';
import { counterpart, spellingVariant } from '../normalize/index.js';
import { ownCopy } from '../normalize/own-copy.js';
import { isPlural, rawOf } from './render.js';
import type { Rule, SegmentView } from './types.js';
import { isTitle, namesAKind } from './generic-use.js';
import { letterWords, possessives, type LetterWord, replaceBareWords, replaceWordsEndingInS } from './letter-words.js';

export const termCase: Rule = {
  id: 'term-case',
  severity: 'warning',
  fixable: true,
  start(doc, report) {
    return {
      segment(view) {
        for (const occ of view.occurrences) {
          const found = caseProblem(view, occ);
          if (!found) continue;
          report({
            segment: view.segment,
            start: occ.start,
            end: occ.end,
            messageId: found.messageId,
            data: { actual: found.actual, expected: found.fixed },
            expected: [found.fixed],
            conceptId: found.form.concept.id,
            fix: found.fixed,
            ...(found.form.concept.severity ? { severity: found.form.concept.severity } : {}),
          });
        }
      },
    };
  },
};

/** What term-case finds wrong with an occurrence: the form it is, its text, and the text fixed. */
export interface CaseProblem {
  form: Form;
  messageId: 'termApostrophe' | 'termPossessive' | 'termNumber' | 'termCase';
  actual: string;
  fixed: string;
}

/**
 * Whether term-case reports this occurrence, and how it fixes it: a missing possessive ending or
 * apostrophe first (its capitals are looked at once the possessive is in), else a word in another
 * number (with the capitals put right too), else missing capitals. inconsistent-term asks too, and
 * leaves such an occurrence to term-case.
 */
export function caseProblem(view: SegmentView, occ: Occurrence): CaseProblem | undefined {
  const form = nameForm(occ);
  if (!form) return undefined;
  const raw = rawOf(view, occ);
  if (raw === form.text) return undefined; // written as the glossary writes it: most occurrences
  const w = writtenOf(form, raw);
  if (w.possessives !== w.apostrophes) return { form, messageId: 'termPossessive', actual: raw, fixed: w.possessives };
  if (w.apostrophes !== raw) return { form, messageId: 'termApostrophe', actual: raw, fixed: w.apostrophes };
  // A place slot makes word-by-word comparison unreliable; so do other words than the name's.
  if (occ.place || !w.aligned || (w.cased === raw && w.numbered === raw)) return undefined;
  // Capitals are not looked at in a kind of body rather than one body ("Party committees", "each
  // people's council"), nor in a title that is no name: a title is one only before a name
  // ("General Secretary To Lam"); elsewhere it is a description ("the general secretary said",
  // "other members of the People's Committee").
  const capitals = w.cased !== raw && !namesAKind(view, occ) && !(isTitle(form.concept) && !beforeName(view, occ));
  const cased = capitals ? w.cased : raw;
  const fixed = capitals ? w.casedNumbered : w.numbered;
  if (fixed !== cased) return { form, messageId: 'termNumber', actual: raw, fixed };
  return cased === raw ? undefined : { form, messageId: 'termCase', actual: raw, fixed: cased };
}

/**
 * The form whose capitals an occurrence should have: its first English form that is not
 * deprecated, of a proper name (caseSensitive), when every form it spells is of that one concept.
 * (Loops, not find() and some(): this runs on every occurrence, twice.)
 */
function nameForm(occ: Occurrence): Form | undefined {
  const forms = occ.forms;
  let form: Form | undefined;
  for (let i = 0; i < forms.length && !form; i++) if (forms[i]!.kind !== 'deprecated' && forms[i]!.lang === 'en') form = forms[i];
  if (!form || !form.concept.caseSensitive) return undefined;
  for (let i = 0; i < forms.length; i++) if (forms[i]!.concept !== form.concept) return undefined;
  return form;
}

/** How a text writes a form, as far as it can be told without the words around it (writtenOf()). */
interface Written {
  /** The text with the apostrophes of the form's possessives put in (addApostrophes()). */
  apostrophes: string;
  /** …and then their whole endings (addPossessives()). */
  possessives: string;
  /** The text has the form's words one for one. */
  aligned: boolean;
  /** With the form's capitals (recase()): the text itself when it is in capitals, or one lower-case word. */
  cased: string;
  /** With the form's number on every word but the head (fixNumber()), from the text and from `cased`. */
  numbered: string;
  casedNumbered: string;
}

/**
 * writtenOf() per form and text: a document names the same few terms many times, in the same few
 * ways. A form keeps at most WRITTEN_LIMIT texts (copies, not slices of a document).
 */
const written = new WeakMap<Form, Map<string, Written>>();
const WRITTEN_LIMIT = 512;

function writtenOf(form: Form, raw: string): Written {
  let byRaw = written.get(form);
  if (!byRaw) written.set(form, (byRaw = new Map()));
  let w = byRaw.get(raw);
  if (!w) {
    if (byRaw.size >= WRITTEN_LIMIT) byRaw.clear();
    const text = ownCopy(raw);
    byRaw.set(text, (w = computeWritten(form.text, text)));
  }
  return w;
}

function computeWritten(formText: string, raw: string): Written {
  const apostrophes = addApostrophes(raw, formText);
  const possessives = addPossessives(apostrophes, formText);
  const wanted = letterWords(formText);
  const got = letterWords(raw);
  // One word alone ("government", "directive", "central") is as often generic as a name.
  if (wanted.length !== got.length || (got.length === 1 && got[0]!.text === got[0]!.text.toLowerCase())) {
    return { apostrophes, possessives, aligned: false, cased: raw, numbered: raw, casedNumbered: raw };
  }
  // Text in capitals is typography.
  const cased = got.every((g) => g.text === g.text.toUpperCase()) ? raw : recase(raw, got, wanted);
  // recase() changes letters, not lengths: the words of `got` stand where they stood.
  return { apostrophes, possessives, aligned: true, cased, numbered: fixNumber(raw, got, wanted), casedNumbered: fixNumber(cased, got, wanted) };
}

/**
 * The text with each word that is plural where the glossary's is singular, or the other way
 * round, written as the glossary has it ("Ministry of Public Securities", "Ministry of Home
 * Affair"): the matcher reads a word in either number, so nothing else reports it. The head of
 * the term may take either number, as the plural of the whole ("People's Committees", "Standing
 * Committees of the National Assembly"): the word before the first preposition, else the last.
 */
function fixNumber(text: string, got: readonly LetterWord[], wanted: readonly LetterWord[]): string {
  let head = wanted.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w.text.toLowerCase())) - 1;
  if (head < 0) head = wanted.length - 1;
  let out = text;
  for (let i = got.length - 1; i >= 0; i--) {
    const g = text.slice(got[i]!.index, got[i]!.index + got[i]!.text.length);
    const w = wanted[i]!.text;
    if (i === head || APOSTROPHE.test(g) || APOSTROPHE.test(w) || g.toLowerCase() === w.toLowerCase()) continue;
    if (isPlural(g) === isPlural(w)) continue; // another difference: spelling is spelling-variant's
    out = out.slice(0, got[i]!.index) + inCaseOf(g, inSpellingOf(g, w)) + out.slice(got[i]!.index + g.length);
  }
  return out;
}

/** `word` in the capitals of the text's word `g`: all capitals, a capital first, or none first. */
function inCaseOf(g: string, word: string): string {
  if (g === g.toUpperCase()) return word.toUpperCase();
  const first = /^\p{Lu}/u.test(g) ? word.charAt(0).toUpperCase() : word.charAt(0).toLowerCase();
  return first + word.slice(1);
}

/** The glossary's word `w` in the spelling of the text's word `g` ("Labors" asks for "Labor", not "Labour"). */
function inSpellingOf(g: string, w: string): string {
  const wanted = spellingVariant(g.toLowerCase());
  const has = spellingVariant(w.toLowerCase());
  return wanted && has && wanted !== has ? (counterpart(w) ?? w) : w;
}

/** Prepositions that end the head of a term ("Ministry of …", "Commission for …", "deputy to …"). */
const HEAD_ENDS = new Set(['of', 'for', 'to', 'on', 'in', 'at', 'with']);
const APOSTROPHE = /['’ʼ]/u;


/** The raw text with a capital on each word the glossary capitalises. */
function recase(raw: string, got: LetterWord[], wanted: LetterWord[]): string {
  let out = raw;
  got.forEach((w, i) => {
    const want = wanted[i]!.text;
    // House styles differ on generic words inside names ("Quang Tri province", "the provincial
    // People's Committee"): those keep the case the writer chose.
    if (GENERIC_WORDS.has(want.toLowerCase())) return;
    // Only missing capitals are wrong: a capital the glossary does not have is the writer's
    // choice ("the Trade Union" naming one body).
    if (!/^\p{Lu}/u.test(want)) return;
    const first = w.text.charAt(0);
    const cased = first.toUpperCase();
    if (cased !== first) out = out.slice(0, w.index) + cased + out.slice(w.index + 1);
  });
  return out;
}

/**
 * The raw text with the apostrophe of each possessive word of the glossary's form that the text
 * writes without one ("Peoples" or "Peoples'" for "People's"), in the form's own apostrophe.
 * No word-by-word alignment is needed, so a term with a `{place}` slot is checked too: a place
 * name is never the stem of one of the term's possessives.
 */
function addApostrophes(raw: string, formText: string): string {
  let apostrophes: Map<string, string> | undefined;
  for (const [stem, apostrophe] of possessives(formText)) (apostrophes ??= new Map()).set(stem.toLowerCase(), apostrophe);
  if (!apostrophes) return raw;
  return replaceWordsEndingInS(raw, (word, stem) => {
    const apostrophe = apostrophes.get(stem.toLowerCase());
    return apostrophe ? `${stem}${apostrophe}s` : word;
  });
}

/**
 * The raw text with the possessive ending of each word of the glossary's form that the text writes
 * bare ("People Committee" for "People's Committee", "Women Union" for "Women's Union"), for the
 * plurals that do not end in s: a bare one cannot stand before a noun the way "Committee" can
 * ("the Provincial Party Committee Inspection Commission" is English; "People Committee" is not).
 */
function addPossessives(raw: string, formText: string): string {
  let endings: Map<string, string> | undefined;
  for (const [stem, apostrophe] of possessives(formText)) {
    if (UNMARKED_PLURALS.has(stem.toLowerCase())) (endings ??= new Map()).set(stem.toLowerCase(), `${apostrophe}s`);
  }
  if (!endings) return raw;
  return replaceBareWords(raw, (word) => {
    const ending = endings.get(word.toLowerCase());
    return ending ? `${word}${ending}` : word;
  });
}

/** Plurals without an s, whose possessive is always written in a name ("People's", "Women's"). */
const UNMARKED_PLURALS = new Set(['people', 'women', 'children', 'men']);

const GENERIC_WORDS = new Set(['province', 'city', 'district', 'commune', 'ward', 'town', 'provincial', 'municipal', 'communal']);

/**
 * A capitalised word right after the term, in the same run of words: a name follows. ("To" in
 * "General Secretary To Lam" is a name, not the preposition.)
 */
function beforeName(view: SegmentView, occ: Occurrence): boolean {
  const next = view.tokens[occ.tokens[1]];
  return Boolean(next && next.joined && /^\p{Lu}/u.test(next.raw));
}

