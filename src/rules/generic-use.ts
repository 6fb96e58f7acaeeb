/**
 * When a term's words do not name the glossary's concept: a title, or a term naming a kind of
 * body, used as ordinary words whose capitals say nothing (term-case, inconsistent-term); a term
 * inside a longer name that the glossary does not know (near-miss, inconsistent-term,
 * missing-term).
 */
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Occurrence } from '../match/matcher.js';
import { termKeys, type Token } from '../normalize/index.js';
import type { Concept } from '../types.js';
import type { SegmentView } from './types.js';

const TITLE_DOMAINS = new Set(['party-title', 'state-title']);
/**
 * A title filed under its body's domain ("Member of the People's Committee", "Director of
 * Department" are local government): the preferred English starts with the office.
 */
const TITLE_HEAD = /^(?:(?:Vice|Deputy|Standing Deputy|Permanent Deputy) )?(?:Chair(?:man|woman|person)?|Member|Director|Head|Secretary|President|Minister|Chief|Deputy)\b/u;

/**
 * A title: a name only before a person's name ("General Secretary To Lam"), a description
 * elsewhere ("the general secretary said", "other members of the People's Committee").
 */
export function isTitle(concept: Concept): boolean {
  let title = titles.get(concept);
  if (title === undefined) titles.set(concept, (title = TITLE_DOMAINS.has(concept.domain) || TITLE_HEAD.test(concept.en)));
  return title;
}
/** isTitle() per concept: rules ask on every occurrence. */
const titles = new WeakMap<Concept, boolean>();

/**
 * The occurrence names a kind of body, not one body: it ends in a plural ("Party committees",
 * "people's councils at all levels"; a possessive is no plural), or follows a word that picks any
 * one of a kind ("each people's council", "a people's committee").
 */
export function namesAKind(view: SegmentView, occ: Occurrence): boolean {
  const last = view.tokens[occ.tokens[1] - 1]!;
  if (/s$/iu.test(last.raw) && !/['’ʼ]s$/iu.test(last.raw) && last.key !== last.raw.toLowerCase()) return true;
  const before = wordBefore(view, occ);
  return before !== undefined && ANY_ONE.has(before.key);
}

/** The word right before the occurrence in the same run of words, if any. */
export function wordBefore(view: SegmentView, occ: Occurrence): Token | undefined {
  const first = occ.tokens[0];
  return first > 0 && view.tokens[first]!.joined ? view.tokens[first - 1] : undefined;
}

const ANY_ONE = new Set(['a', 'an', 'each', 'every', 'any', 'another', 'no', 'such', 'either', 'neither']);

/**
 * tokens[a, b) of `text` is part of a longer name that the glossary does not know, and so names
 * another body: among the capitalised words joined before it, one is no word of the glossary's
 * names ("Cambodian People's Party's Central Committee", "the NPC Foreign Affairs Committee",
 * "China's Foreign Affairs Commission"), or such a word comes right after it as "of (the) …"
 * ("of the CPC Central Committee"). A code in capitals next to a hyphen or slash ("12/NQ-TW") is
 * no word of a name, and a Vietnamese syllable is a word of a Vietnamese name (see below). A word
 * right after the span is not asked about: it is most often a person's name after a title or a
 * body ("Head of the Commission Pham Tat Thang").
 */
export function insideUnknownName(glossary: CompiledGlossary, text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a - 1; i >= 0 && tokens[i + 1]!.joined; i--) {
    const t = tokens[i]!;
    if (!CAPITALISED.test(t.raw) || FUNCTION_WORDS.has(t.key)) break;
    if (unknownName(glossary, t) && !isCode(text, t)) return true;
  }
  let j = b;
  if (tokens[j]?.key !== 'of' || !tokens[j]!.joined) return false;
  j++;
  if (tokens[j]?.key === 'the' && tokens[j]!.joined) j++;
  const after = tokens[j];
  return after !== undefined && after.joined && unknownName(glossary, after) && !isCode(text, after);
}

/**
 * A capitalised word that is no word of the glossary's names: it names something the glossary
 * does not know ("CPC" in "the CPC Central Committee", "Licence" in "UK Open Government Licence").
 */
function unknownName(glossary: CompiledGlossary, token: Token | undefined): boolean {
  return (
    token !== undefined &&
    CAPITALISED.test(token.raw) &&
    !FUNCTION_WORDS.has(token.key) &&
    !nameWords(glossary).has(token.key) &&
    !VIETNAMESE_SYLLABLE.test(token.fold)
  );
}

/**
 * One Vietnamese syllable without its marks ("Loc", "Bao", "Nguyen", "Huong", "Dak"): a word of a
 * Vietnamese person's or place's name, which the glossary cannot list ("Tran Thanh Lan – NA
 * deputy", "the Loc Bao District Peasants' Union"). Foreign names are seldom one: "Cambodian",
 * "China's", "NPC", "Wang".
 */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?$/;

/** A word in capitals that touches a hyphen or a slash: part of a document number ("12/NQ-TW"). */
function isCode(text: string, token: Token): boolean {
  return !LOWER.test(token.raw) && (CODE_JOINERS.has(text.charAt(token.start - 1)) || CODE_JOINERS.has(text.charAt(token.end)));
}

const CODE_JOINERS = new Set(['-', '/', '‐', '–']);

/** Capitalised at a sentence start, these name nothing ("The Government met"). */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'if', 'when', 'all', 'every', 'each',
]);

const CAPITALISED = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const nameWordSets = new WeakMap<CompiledGlossary, ReadonlySet<string>>();

/**
 * The words the glossary writes with a capital in its English terms of two words or more, and the
 * words of its place names (kept per glossary, as keys). A term of one word is left out: "CPC" is
 * the glossary's Commune People's Committee, and the Communist Party of China in "of the CPC
 * Central Committee". So are words a term writes in lower case: "country" in a campaign's name
 * does not make "Country Code" a name of the glossary.
 */
function nameWords(glossary: CompiledGlossary): ReadonlySet<string> {
  let words = nameWordSets.get(glossary);
  if (!words) {
    // Capitalised words of the terms, as written (a few hundred distinct ones), then their keys.
    // A scan by character codes: 10,000 terms are 40,000 forms, and this runs in the first check.
    const written = new Set<string>();
    for (const form of glossary.forms) {
      if (form.lang !== 'en' || form.keys.length < 2) continue;
      const text = form.text;
      for (let i = 0; i < text.length; ) {
        let end = text.indexOf(' ', i);
        if (end < 0) end = text.length;
        const c = text.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c > 127 && CAPITALISED.test(text.slice(i, i + 2)))) written.add(text.slice(i, end));
        i = end + 1;
      }
    }
    const set = new Set<string>();
    for (const word of written) for (const k of termKeys(word)) set.add(k);
    for (const place of glossary.places) for (const name of [place.en, place.vi, ...place.enVariants]) for (const k of termKeys(name)) set.add(k);
    nameWordSets.set(glossary, (words = set));
  }
  return words;
}
