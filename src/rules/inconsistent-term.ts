/**
 * inconsistent-term: one concept written two or more ways in a document — two different
 * renderings ("Provincial Party Committee for Mass Mobilization" and "Provincial Party
 * Committee's Mass Mobilization Commission"), or one rendering capitalised two ways. The reference
 * is the preferred term when the document uses it, else the rendering used most (first on a tie);
 * every occurrence that differs from it is reported. Only proper names (caseSensitive concepts)
 * count, and only renderings of two words or more where neither is a short form inside the other.
 * British/American spelling differences are spelling-variant's job, and titles change case with
 * use ("the general secretary said"), so neither counts here, nor does a title's short form in any
 * word order ("Provincial Party Secretary", "Party chief"); nor do the capitals of a term that
 * names a kind of body ("Standing committees", "each people's council"), nor a term
 * inside a longer name the glossary does not know ("the Cambodian People's Party's Central
 * Committee" is not the Party Central Committee), nor a body's earlier name (superseded-term's),
 * nor what term-case corrects (its finding, with the fix).
 */
import { normalizePunctuation } from '../normalize/index.js';
import { ownCopy } from '../normalize/own-copy.js';
import type { Form } from '../glossary/compile.js';
import type { Occurrence } from '../match/matcher.js';
import type { Segment } from '../types.js';
import type { Report, Rule } from './types.js';
import { insideUnknownName, isTitle, namesAKind } from './generic-use.js';
import { caseProblem } from './term-case.js';

interface Use {
  /** Where it is, and what: kept without the segment's tokens. */
  segment: Segment;
  start: number;
  end: number;
  form: Form;
  /** Which rendering: the form's keys (case-, spelling- and inflection-blind). */
  rendering: string;
  /** How it is capitalised (letters only, inflection endings dropped), when asked for. */
  casing?: string;
  /** A kind of body ("Standing committees", "each people's council"), whose capitals say nothing. */
  kind: boolean;
  /** Written in a way term-case corrects (capitals, a possessive, a word's number): that rule says what is wrong there. */
  miscased: boolean;
  raw: string;
}

export const inconsistentTerm: Rule = {
  id: 'inconsistent-term',
  severity: 'warning',
  fixable: false,
  start(doc, report) {
    // Only proper names count: other concepts are left out before anything is computed for them.
    const byConcept = new Map<string, Use[]>();
    return {
      segment(view) {
        for (const occ of view.occurrences) {
          const form = occ.forms[0];
          if (!form?.concept.caseSensitive || !oneConcept(occ)) continue; // a term shared by concepts says nothing about either
          // A body's earlier name ("General Statistics Office" beside "National Statistics Office")
          // is a matter of time, which superseded-term judges by the document's date.
          if (form.validUntil !== undefined) continue;
          // Inside a longer name the glossary does not know, it names another body ("the NPC
          // Foreign Affairs Committee"), not a second rendering of this one.
          if (insideUnknownName(doc.glossary, view.segment.text, view.tokens, occ.tokens[0], occ.tokens[1])) continue;
          const use: Use = {
            segment: view.segment,
            start: occ.start,
            end: occ.end,
            form,
            rendering: renderingOf(form),
            raw: '',
            kind: namesAKind(view, occ),
            miscased: caseProblem(view, occ) !== undefined,
          };
          const list = byConcept.get(form.concept.id);
          if (list) list.push(use);
          else byConcept.set(form.concept.id, [use]);
        }
      },
      finish: () => reportUses(byConcept, report),
    };
  },
};

function reportUses(byConcept: Map<string, Use[]>, report: (r: Report) => void): void {
  for (const uses of byConcept.values()) {
    if (uses.length < 2) continue;
    for (const u of uses) u.raw = u.segment.text.slice(u.start, u.end);
    const renderings = countBy(uses, (u) => u.rendering);
    if (renderings.size > 1) {
      const preferred = uses.find((u) => u.form.kind === 'preferred');
      const reference = preferred ?? mostUsed(uses, renderings, (u) => u.rendering);
      for (const u of uses) {
        if (u.rendering === reference.rendering || !differsInName(u.form.keys, reference.form.keys, isTitle(u.form.concept))) continue;
        report({
          segment: u.segment,
          start: u.start,
          end: u.end,
          messageId: 'inconsistentTerm',
          data: { actual: u.raw, other: reference.raw, vi: u.form.concept.vi, renderings: renderings.size },
          expected: [reference.raw],
          conceptId: u.form.concept.id,
        });
      }
      continue;
    }
    const concept = uses[0]!.form.concept;
    if (isTitle(concept)) continue;
    // Text in capitals (a dateline, a heading) is typography, not a second way of writing; a
    // plural or "each …" names a kind of body ("Standing committees"), as term-case has it. Capitals
    // that term-case corrects are its finding ("the provincial party committee" beside "the Quang
    // Tri Provincial Party Committee"): counted here, they gave the same words a second message,
    // or made the miswritten capitals the reference when they were the most used.
    for (const u of uses) u.casing = casingOf(u.raw);
    const cased = uses.filter((u) => u.casing !== 'CAPS' && !u.kind && !u.miscased);
    const casings = countBy(cased, (u) => u.casing!);
    if (casings.size < 2) continue;
    const reference = mostUsed(cased, casings, (u) => u.casing!);
    for (const u of cased) {
      if (u.casing === reference.casing) continue;
      report({
        segment: u.segment,
        start: u.start,
        end: u.end,
        messageId: 'inconsistentCase',
        data: { actual: u.raw, other: reference.raw, vi: concept.vi },
        expected: [reference.raw],
        conceptId: concept.id,
      });
    }
  }
}

function oneConcept(occ: Occurrence): boolean {
  const id = occ.forms[0]!.concept.id;
  for (let i = 1; i < occ.forms.length; i++) if (occ.forms[i]!.concept.id !== id) return false;
  return true;
}

const renderingCache = new WeakMap<Form, string>();

/** Which rendering a form is: its keys, space-joined (kept per form). */
function renderingOf(form: Form): string {
  let rendering = renderingCache.get(form);
  if (rendering === undefined) renderingCache.set(form, (rendering = form.keys.join(' ')));
  return rendering;
}

/**
 * Two renderings that name the concept differently: both at least two words, neither a shorter
 * form inside the other ("Fatherland Front" after "Vietnam Fatherland Front" is fine), where a
 * word of the shorter one may be the initials of words of the longer ("NA deputy" after "National
 * Assembly deputy", "Deputy PM" after "Deputy Prime Minister": the short form news uses on later
 * mentions). A title is shortened more freely (titleShortForm()).
 */
function differsInName(withArticles: readonly string[], others: readonly string[], title: boolean): boolean {
  const a = withoutArticle(withArticles);
  const b = withoutArticle(others);
  if (a.length < 2 || b.length < 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let s = 0; s < long.length; s++) if (shortensAt(short, 0, long, s)) return false;
  return !(title && titleShortForm(short, long));
}

/**
 * A title's short form: each of its words is a word of the full title, or the initials of words
 * of it, in any order ("Provincial Party Secretary" for "Secretary of the Provincial Party
 * Committee"); "chief" may stand for the head and "Party" say whose title it is ("Party chief"
 * for "General Secretary"). Another word is another title, or a slip: "NA delegate" beside
 * "National Assembly deputy", "First Deputy Prime Minister" beside "Permanent Deputy Prime Minister".
 */
function titleShortForm(short: readonly string[], long: readonly string[]): boolean {
  return short.every((word) => TITLE_FREE_WORDS.has(word) || long.includes(word) || long.some((_, j) => initialsAt(word, long, j)));
}
const TITLE_FREE_WORDS = new Set(['chief', 'party']);

/** Whether `word` is the initials of long[j..j + word.length). */
function initialsAt(word: string, long: readonly string[], j: number): boolean {
  if (word.length < 2 || j + word.length > long.length) return false;
  for (let c = 0; c < word.length; c++) if (long[j + c]!.charAt(0) !== word.charAt(c)) return false;
  return true;
}

/** Whether short[i..] spells long[j..j + n) for some n, word by word or by initials. */
function shortensAt(short: readonly string[], i: number, long: readonly string[], j: number): boolean {
  if (i === short.length) return true;
  if (j === long.length) return false;
  const word = short[i]!;
  if (word === long[j]) return shortensAt(short, i + 1, long, j + 1);
  if (!initialsAt(word, long, j)) return false;
  return shortensAt(short, i + 1, long, j + word.length);
}

/** "the Party" is the short form "Party". */
function withoutArticle(keys: readonly string[]): readonly string[] {
  return keys[0] === 'the' || keys[0] === 'a' || keys[0] === 'an' ? keys.slice(1) : keys;
}

/**
 * casingOf() per text: a document writes the same names the same few ways. At most CASINGS_LIMIT
 * texts are kept (copies, not slices of a document).
 */
const casings = new Map<string, string>();
const CASINGS_LIMIT = 2_000;

function casingOf(raw: string): string {
  let casing = casings.get(raw);
  if (casing === undefined) {
    if (casings.size >= CASINGS_LIMIT) casings.clear();
    casings.set(ownCopy(raw), (casing = computeCasing(raw)));
  }
  return casing;
}

/** The capital letters pattern of the words after the first (a capital first word is just a sentence start). */
function computeCasing(raw: string): string {
  const words = normalizePunctuation(raw)
    .replace(/'s?(?=\s|$)/gu, '')
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  if (words.every((w) => w === w.toUpperCase())) return 'CAPS';
  return words
    .slice(1)
    .map((w) => (/^\p{Lu}/u.test(w) ? 'A' : 'a'))
    .join('');
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

function mostUsed<T extends object>(items: readonly T[], counts: Map<string, number>, key: (t: T) => string): T {
  let best = items[0] as T;
  for (const it of items) if (counts.get(key(it))! > counts.get(key(best))!) best = it;
  return best;
}
