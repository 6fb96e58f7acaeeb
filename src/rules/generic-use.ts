/**
 * When a term's words do not name the glossary's concept: a title or a plural used as ordinary
 * words, whose capitals say nothing (term-case, inconsistent-term); a term inside a longer name
 * that the glossary does not know (near-miss, missing-term).
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
  return TITLE_DOMAINS.has(concept.domain) || TITLE_HEAD.test(concept.en);
}

/**
 * The occurrence ends in a plural ("Party committees", "people's councils at all levels"): it
 * names a kind of body, not one body. A possessive is no plural.
 */
export function isPluralUse(view: SegmentView, occ: Occurrence): boolean {
  const last = view.tokens[occ.tokens[1] - 1]!;
  return /s$/iu.test(last.raw) && !/['’ʼ]s$/iu.test(last.raw) && last.key !== last.raw.toLowerCase();
}

/**
 * A capitalised word that is no word of the glossary's names: it names something the glossary
 * does not know ("CPC" in "the CPC Central Committee", "Licence" in "UK Open Government Licence").
 */
export function unknownName(glossary: CompiledGlossary, token: Token | undefined): boolean {
  return token !== undefined && CAPITALISED.test(token.raw) && !FUNCTION_WORDS.has(token.key) && !nameWords(glossary).has(token.key);
}

/** Capitalised at a sentence start, these name nothing ("The Government met"). */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'if', 'when', 'all', 'every', 'each',
]);

/** The same, and a word rather than a code in capitals ("Chinese", "Open"; not "NQ-TW"). */
export function unknownWordOfName(glossary: CompiledGlossary, token: Token | undefined): boolean {
  return unknownName(glossary, token) && LOWER.test(token!.raw);
}

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
