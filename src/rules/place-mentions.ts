/**
 * Place names in an English translation, for missing-term. Two things hide a mention there:
 * - a place name inside a term: "the Standing Committee of the Quang Tri Provincial Party
 *   Committee" is no form of *Ban Thường vụ Tỉnh ủy*, whose form has no place in it;
 * - a bare place name: "Quang Tri" is no English form of the province (*tỉnh Quảng Trị*, "Quang Tri
 *   Province"), though "Quảng Trị" is one of its Vietnamese forms.
 * So the segment is matched once more without its place names, and a place name counts as a
 * mention of the concepts whose Vietnamese forms are that name.
 */
import type { CompiledGlossary } from '../glossary/compile.js';
import { createMatcher, type Occurrence } from '../match/matcher.js';
import { termKeys, type Token } from '../normalize/index.js';
import type { Concept, Place } from '../types.js';
import type { SegmentView } from './types.js';

export interface PlaceMentions {
  /** Occurrences of terms that a place name inside them hid. */
  occurrences: Occurrence[];
  /** Bare place names, with the concepts whose Vietnamese forms they are. */
  places: Array<{ occ: Occurrence; concepts: Concept[] }>;
}

/** What `view.occurrences` of an English segment lacks because of its place names. */
export function placeMentions(glossary: CompiledGlossary, view: SegmentView): PlaceMentions {
  const out: PlaceMentions = { occurrences: [], places: [] };
  const tokens = view.tokens;
  const runs = placeRuns(glossary, tokens);
  if (runs.length === 0) return out;
  const byPlace = conceptsByPlace(glossary);
  for (const run of runs) {
    const concepts = byPlace.get(run.place.id);
    // "Quang Tri Province" is already a mention of the province: its name is not a second one.
    const counted = (o: Occurrence) => o.tokens[0] < run.end && o.tokens[1] > run.start && o.forms.some((f) => concepts?.includes(f.concept));
    if (concepts && !view.occurrences.some(counted)) out.places.push({ occ: occurrence(tokens, run.start, run.end, []), concepts });
  }
  // The tokens without the place names. The first token after a name is joined to the one before
  // the name when both gaps were joined.
  const kept: Token[] = [];
  const index: number[] = [];
  let r = 0;
  let afterName: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const run = runs[r];
    if (run && i >= run.start) {
      if (i === run.start) afterName = (afterName ?? true) && tokens[i]!.joined;
      if (i === run.end - 1) r++;
      continue;
    }
    const t = tokens[i]!;
    const joined = afterName === undefined ? t.joined : afterName && t.joined;
    kept.push(joined === t.joined ? t : { ...t, joined });
    index.push(i);
    afterName = undefined;
  }
  const seen = new Set(view.occurrences.map(keyOf));
  for (const occ of createMatcher(glossary, { lang: 'en' }).match(kept)) {
    const found = occurrence(tokens, index[occ.tokens[0]]!, index[occ.tokens[1] - 1]! + 1, occ.forms);
    if (!seen.has(keyOf(found))) out.occurrences.push(found);
  }
  return out;
}

function occurrence(tokens: readonly Token[], a: number, b: number, forms: Occurrence['forms']): Occurrence {
  return { forms, tokens: [a, b], start: tokens[a]!.start, end: tokens[b - 1]!.end };
}

const keyOf = (occ: Occurrence): string => `${occ.tokens[0]}:${occ.tokens[1]}:${occ.forms.map((f) => f.concept.id).join(',')}`;

interface PlaceRun {
  place: Place;
  start: number;
  end: number;
}

/** The place names of the tokens, longest first at each position, not overlapping. */
function placeRuns(glossary: CompiledGlossary, tokens: readonly Token[]): PlaceRun[] {
  const byFirst = placeNames(glossary);
  const runs: PlaceRun[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = byFirst
      .get(tokens[i]!.key)
      ?.find((n) => i + n.keys.length <= tokens.length && n.keys.every((k, d) => tokens[i + d]!.key === k && (d === 0 || tokens[i + d]!.joined)));
    if (hit) {
      runs.push({ place: hit.place, start: i, end: i + hit.keys.length });
      i += hit.keys.length;
    } else i++;
  }
  return runs;
}

type PlaceName = { place: Place; keys: string[] };
const nameLists = new WeakMap<CompiledGlossary, Map<string, PlaceName[]>>();

/** Every name of every place (English, its variants, Vietnamese) as keys, by first key, longest first. */
function placeNames(glossary: CompiledGlossary): Map<string, PlaceName[]> {
  let byFirst = nameLists.get(glossary);
  if (!byFirst) {
    byFirst = new Map();
    const names = glossary.places.flatMap((place) => [...new Set([place.en, ...place.enVariants, place.vi])].map((name) => ({ place, keys: termKeys(name) })));
    for (const name of names.sort((a, b) => b.keys.length - a.keys.length)) {
      const first = name.keys[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push(name);
      byFirst.set(first, list);
    }
    nameLists.set(glossary, byFirst);
  }
  return byFirst;
}

const placeConcepts = new WeakMap<CompiledGlossary, Map<string, Concept[]>>();

/** Place id → the concepts one of whose Vietnamese forms is the place's name ("Quảng Trị"). */
function conceptsByPlace(glossary: CompiledGlossary): Map<string, Concept[]> {
  let map = placeConcepts.get(glossary);
  if (!map) {
    map = new Map();
    const byName = new Map(glossary.places.map((p) => [p.vi.normalize('NFC'), p]));
    for (const concept of glossary.concepts) {
      for (const name of [concept.vi, ...concept.viVariants]) {
        const place = byName.get(name.normalize('NFC'));
        if (!place) continue;
        const list = map.get(place.id) ?? [];
        if (!list.includes(concept)) list.push(concept);
        map.set(place.id, list);
      }
    }
    placeConcepts.set(glossary, map);
  }
  return map;
}
