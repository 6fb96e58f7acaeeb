/**
 * missing-term (DESIGN.md §5): the source names a glossary concept n times, the target fewer. Each
 * source occurrence needs its own occurrence of the same concept in the target (any form of the
 * target language counts: preferred, admitted, variant, and a deprecated one too, which the
 * monolingual deprecated-term rule reports on its own). An occurrence whose forms belong to several
 * concepts counts for each of them, and is answered by a target occurrence of any of them: source
 * and target occurrences are paired by a maximum matching, so three "Chính phủ" need three "the
 * Government", and an ambiguous source term is not reported while its counterpart is there.
 *
 * Reported on the target side over the whole target text (the position of the missing term in the
 * target cannot be known); on the source side at the occurrence when the unit has no target.
 * Units in state `untranslated`, and blank targets, are left to the untranslated rule.
 */
import type { Concept, Place } from '../types.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { insideUnknownName } from './generic-use.js';
import { placeMentions } from './place-mentions.js';
import type { Occurrence } from '../match/matcher.js';
import { augmentMatching } from './numbers.js';
import type { PairRule } from './pair-types.js';
import type { SegmentView } from './types.js';

export const missingTerm: PairRule = {
  id: 'missing-term',
  severity: 'warning',
  check(view, report) {
    const { sourceLang, targetLang } = view;
    for (const uv of view.units) {
      const source = uv.source;
      const target = uv.target;
      if (uv.unit.state === 'untranslated' || !source) continue;
      if (target && target.segment.text.trim() === '') continue;
      const sourceOccs = conceptOccurrences(source, sourceLang, view.glossary);
      if (sourceOccs.length === 0) continue;
      const targetOccs = target ? conceptOccurrences(target, targetLang) : [];
      if (target && targetLang === 'en') {
        // Place names hide mentions from the matcher: see place-mentions.ts.
        const hidden = placeMentions(view.glossary, target);
        targetOccs.push(...conceptOccurrences({ ...target, occurrences: hidden.occurrences, modifiers: [] }, targetLang));
        for (const { occ, concepts } of hidden.places) targetOccs.push({ occ, concepts, ids: new Set(concepts.map((c) => c.id)) });
      }

      const matchL = new Int32Array(sourceOccs.length).fill(-1);
      const matchR = new Int32Array(targetOccs.length).fill(-1);
      const adj = sourceOccs.map((s) => targetOccs.flatMap((t, r) => (s.concepts.some((c) => t.ids.has(c.id)) ? [r] : [])));
      // Unambiguous source occurrences first, so that an ambiguous one takes what is left.
      const order = sourceOccs.map((_, l) => l).sort((a, b) => sourceOccs[a]!.concepts.length - sourceOccs[b]!.concepts.length || a - b);
      augmentMatching(adj, order, matchL, matchR);

      // One report per concept and unit, however many of its mentions are missing: the message
      // gives both counts.
      const reported = new Set<string>();
      sourceOccs.forEach((s, l) => {
        if (matchL[l] !== -1) return;
        const concept = s.concepts[0]!;
        if (reported.has(concept.id)) return;
        reported.add(concept.id);
        const place = s.occ.place?.place ?? (sourceLang === 'vi' ? placeAfter(source, s.occ, view.glossary.places) : undefined);
        const vi = withPlaceVi(concept.vi, place?.vi);
        const en = fillPlace(concept.en, place?.en);
        const data = {
          vi,
          en,
          // The message names the term in the source's language first.
          term: sourceLang === 'vi' ? vi : en,
          counterpart: sourceLang === 'vi' ? en : vi,
          count: sourceOccs.filter((o) => o.ids.has(concept.id)).length,
          found: targetOccs.filter((o) => o.ids.has(concept.id)).length,
        };
        const expected = [...new Set(s.concepts.map((c) => (targetLang === 'en' ? fillPlace(c.en, place?.en) : withPlaceVi(c.vi, place?.vi))))];
        const common = { messageId: 'missingTerm', data, expected, conceptId: concept.id };
        if (target) report({ side: 'target', segment: target.segment, start: 0, end: target.segment.text.length, ...common });
        else report({ side: 'source', segment: source.segment, start: s.occ.start, end: s.occ.end, ...common });
      });
    }
  },
};

interface ConceptOccurrence {
  occ: Occurrence;
  /** The concepts its forms in the side's language belong to, in glossary order. */
  concepts: Concept[];
  ids: Set<string>;
}

/**
 * The occurrences of a segment with the concepts their forms in `lang` belong to. On the source
 * side (`strictFor` its glossary), only names ask for a counterpart (caseSensitive concepts:
 * bodies, titles, documents, movements), and not when the match is mostly an ordinary word: a
 * one-syllable Vietnamese form ("Bộ", "Sở", "bản" for *thôn*; not an abbreviation in capitals such
 * as "QH", "UBND"), a name with a word in lower case where the glossary capitalises it ("toàn bộ"
 * is not *Bộ*, "Việt Nam định cư" is not *Nam Định*, "the government of a company" not *the
 * Government*), or an English one-word name inside a longer name the glossary does not know ("UK
 * Open Government Licence").
 */
function conceptOccurrences(view: SegmentView, lang: 'vi' | 'en', strictFor?: CompiledGlossary): ConceptOccurrence[] {
  const strict = strictFor !== undefined;
  const out: ConceptOccurrence[] = [];
  // A modifier is a mention too: "Đại biểu HĐND tỉnh" names the deputies and the Provincial
  // People's Council, and so does "Provincial People's Council delegates", each matched as one.
  for (const occ of view.modifiers ? [...view.occurrences, ...view.modifiers] : view.occurrences) {
    const concepts: Concept[] = [];
    const raw = view.segment.text.slice(occ.start, occ.end);
    for (const form of occ.forms) {
      if (form.lang !== lang || concepts.includes(form.concept)) continue;
      // Names only: generic vocabulary (elect, approve, secret ballot) is translated in many ways.
      if (strict && !form.concept.caseSensitive) continue;
      // One Vietnamese syllable is almost always an ordinary word ("bộ", "sở", "ban"); an English
      // one-word name in capitals ("the Government", "the Politburo") is a name.
      if (strict && lang === 'vi' && form.keys.length === 1 && !ABBREVIATION.test(form.text)) continue;
      // An abbreviation is one only in capitals ("GO" is the Government Office, "Go" a button);
      // a one-word name at the very start is as likely a label or a sentence start ("Code").
      if (strict && form.keys.length === 1 && ABBREVIATION.test(form.text) && raw !== form.text) continue;
      if (strict && form.keys.length === 1 && !ABBREVIATION.test(form.text) && !/[\p{L}\p{N}]/u.test(view.segment.text.slice(0, occ.start))) continue;
      if (strict && lowerWhereCapital(raw, form.text)) continue;
      if (strictFor && lang === 'en' && form.keys.length === 1 && insideUnknownName(strictFor, view.segment.text, view.tokens, occ.tokens[0], occ.tokens[1])) continue;
      concepts.push(form.concept);
    }
    if (concepts.length > 0) out.push({ occ, concepts, ids: new Set(concepts.map((c) => c.id)) });
  }
  return out;
}

/** A term with its `{place}` slot filled with the place matched in the source, or dropped. */
function fillPlace(term: string, place: string | undefined): string {
  if (!term.includes('{place}')) return term;
  if (place) return term.replaceAll('{place}', place);
  return term.replace(/\{place\}\s*/g, '').replace(/\s*\{place\}/g, '').trim();
}

/** A Vietnamese term with its place: in the slot if it has one, else after it ("Ban Dân vận Tỉnh ủy Quảng Trị"). */
function withPlaceVi(term: string, place: string | undefined): string {
  return term.includes('{place}') || !place ? fillPlace(term, place) : `${term} ${place}`;
}

/**
 * The province or city named right after a Vietnamese occurrence whose form has no `{place}` slot
 * ("Ban Dân vận Tỉnh ủy Quảng Trị", "… tỉnh Quảng Trị"), for the expected English term's slot.
 */
function placeAfter(view: SegmentView, occ: Occurrence, places: readonly Place[]): Place | undefined {
  const rest = view.segment.text
    .slice(occ.end, occ.end + 40)
    .normalize('NFC')
    .replace(/^\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?/iu, '');
  return places.find((p) => rest.startsWith(p.vi) && !/^[\p{L}\p{M}\p{N}]/u.test(rest.slice(p.vi.length)));
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&-]+$/u;

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Whether a word of `raw` is in lower case where the same word of the glossary term has a capital
 * (compared word by word when both have as many words; else the first word only).
 */
function lowerWhereCapital(raw: string, term: string): boolean {
  const want = term.replace(/\{place\}/g, ' ').match(WORD) ?? [];
  const got = raw.match(WORD) ?? [];
  const pairs = want.length === got.length ? want.map((w, i) => [w, got[i]!] as const) : [[want[0] ?? '', got[0] ?? ''] as const];
  return pairs.some(([w, g]) => /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(g));
}
