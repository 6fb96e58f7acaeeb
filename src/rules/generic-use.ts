/**
 * When a proper name's words are used as ordinary words, so that their capitals say nothing:
 * shared by term-case and inconsistent-term.
 */
import type { Occurrence } from '../match/matcher.js';
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
