/**
 * lookup(): find concepts by a Vietnamese or English query, with or without diacritics, by
 * abbreviation, or by a deprecated rendering. Ranked in stages, cheapest first:
 *   1. the whole query equals a term (tone-exact 1.0, folded 0.95);
 *   2. the query is a phrase inside a term (0.5–0.9 by how much of the term it covers);
 *   3. fuse.js over the folded terms that share enough character trigrams with the query, for
 *      misspellings (at most 0.85).
 * A query naming a province ("Quang Tri Provincial People's Committee") is also tried without it,
 * since the glossary writes such terms with a `{place}` slot.
 */
import { fuse as loadFuse } from '../deps/fuse.js';
import { foldKeys, termKeys } from '../normalize/index.js';
import type { Concept, Status } from '../types.js';
import { BREAK, PLACE_SLOT, type CompiledGlossary, type Form, type FormKind } from './compile.js';
import { getBuiltinGlossary } from './builtin.js';

export interface LookupOptions {
  glossary?: CompiledGlossary;
  /** At most this many matches (default 10). */
  limit?: number;
  /** Only match terms of this language (default: both). */
  from?: 'vi' | 'en';
  /** Drop matches scoring below this (default 0.3). */
  minScore?: number;
}

export interface LookupMatch {
  id: string;
  vi: string;
  en: string;
  domain: Concept['domain'];
  status: Status;
  /** 0–1, best first. */
  score: number;
  /** The glossary term the query matched. */
  /** `validUntil`: the term is the concept's earlier name, used until that date. */
  matched: { term: string; lang: 'vi' | 'en'; kind: FormKind; reason?: string; validUntil?: string };
  admitted: string[];
  viVariants: string[];
  validFrom?: string;
  validUntil?: string;
  successor?: { id: string; vi: string; en: string; status: Status; validFrom?: string };
  note?: string;
  confidence?: 'medium' | 'low';
  sources: string[];
}

interface Entry {
  form: Form;
  keys: string[];
  folds: string[];
}

interface LookupIndex {
  entries: Entry[];
  exact: Map<string, number[]>;
  folded: Map<string, number[]>;
  postings: Map<string, number[]>;
  places: string[][];
  /** Character trigrams of each entry's folded text → entries: fuse.js only ranks candidates. */
  trigrams?: Map<string, number[]>;
}

const indexes = new WeakMap<CompiledGlossary, LookupIndex>();

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function getIndex(glossary: CompiledGlossary): LookupIndex {
  let index = indexes.get(glossary);
  if (index) return index;
  const entries: Entry[] = glossary.forms.map((form) => ({
    form,
    keys: form.keys.filter((k) => k !== PLACE_SLOT && k !== BREAK),
    folds: form.folds.filter((k) => k !== PLACE_SLOT && k !== BREAK),
  }));
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  entries.forEach((e, i) => {
    push(exact, e.keys.join(' '), i);
    push(folded, e.folds.join(' '), i);
    for (const f of new Set(e.folds)) push(postings, f, i);
  });
  const places = glossary.places.flatMap((p) => [p.vi, p.en, ...p.enVariants].map((name) => foldKeys(name)));
  index = { entries, exact, folded, postings, places };
  indexes.set(glossary, index);
  return index;
}

function trigramsOf(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * Fuzzy stage: entries sharing at least a third of the query's character trigrams are the
 * candidates, and fuse.js ranks only those (searching all 5,000 terms costs ~20 ms a query).
 */
function fuzzyMatches(index: LookupIndex, query: string): Array<{ i: number; score: number }> {
  if (!index.trigrams) {
    const trigrams = new Map<string, number[]>();
    index.entries.forEach((e, i) => {
      for (const g of trigramsOf(e.folds.join(' '))) push(trigrams, g, i);
    });
    index.trigrams = trigrams;
  }
  const wanted = trigramsOf(query);
  const shared = new Map<number, number>();
  for (const g of wanted) for (const i of index.trigrams.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const candidates = [...shared].filter(([, n]) => n * 3 >= wanted.size).map(([i]) => i);
  if (candidates.length === 0) return [];
  const Fuse = loadFuse();
  const fuse = new Fuse(
    candidates.map((i) => ({ text: index.entries[i]!.folds.join(' '), i })),
    { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true },
  );
  return fuse.search(query, { limit: 50 }).map((r) => ({ i: r.item.i, score: r.score ?? 1 }));
}

const KIND_WEIGHT: Record<FormKind, number> = { preferred: 3, admitted: 2, variant: 2, deprecated: 1 };

export function lookup(query: string, options: LookupOptions = {}): LookupMatch[] {
  const glossary = options.glossary ?? getBuiltinGlossary();
  const index = getIndex(glossary);
  const limit = options.limit ?? 10;
  const minScore = options.minScore ?? 0.3;
  const best = new Map<string, { score: number; entry: Entry }>();
  const consider = (i: number, score: number) => {
    const entry = index.entries[i]!;
    if (options.from && entry.form.lang !== options.from) return;
    const id = entry.form.concept.id;
    const prior = best.get(id);
    if (!prior || score > prior.score || (score === prior.score && better(entry, prior.entry)))
      best.set(id, { score, entry });
  };

  const keys = termKeys(query);
  const folds = foldKeys(query);
  if (folds.length === 0) return [];
  const variants: Array<{ keys: string[]; folds: string[]; penalty: number }> = [{ keys, folds, penalty: 0 }];
  const withoutPlace = removePlace(keys, folds, index.places);
  if (withoutPlace) variants.push({ ...withoutPlace, penalty: 0.02 });

  for (const v of variants) {
    for (const i of index.exact.get(v.keys.join(' ')) ?? []) consider(i, 1 - v.penalty);
    for (const i of index.folded.get(v.folds.join(' ')) ?? []) consider(i, 0.95 - v.penalty);
    for (const [i, toneExact] of phraseMatches(index, v.keys, v.folds)) {
      const coverage = v.folds.length / index.entries[i]!.folds.length;
      consider(i, 0.5 + 0.4 * coverage - (toneExact ? 0 : 0.03) - v.penalty);
    }
  }
  const top = Math.max(0, ...[...best.values()].map((b) => b.score));
  if (top < 0.9) {
    for (const r of fuzzyMatches(index, folds.join(' '))) consider(r.i, 0.85 * (1 - r.score));
  }

  return [...best.values()]
    .filter((b) => b.score >= minScore)
    .sort((a, b) => b.score - a.score || (better(a.entry, b.entry) ? -1 : better(b.entry, a.entry) ? 1 : 0))
    .slice(0, limit)
    .map(({ score, entry }) => toMatch(glossary, entry.form, score));
}

function better(a: Entry, b: Entry): boolean {
  const wa = KIND_WEIGHT[a.form.kind];
  const wb = KIND_WEIGHT[b.form.kind];
  if (wa !== wb) return wa > wb;
  return a.folds.length < b.folds.length;
}

/** Forms that contain the query's tokens as a contiguous phrase: [form index, tone-exact?]. */
function phraseMatches(index: LookupIndex, keys: string[], folds: string[]): Array<[number, boolean]> {
  let rarest: number[] | undefined;
  for (const f of folds) {
    const list = index.postings.get(f);
    if (!list) return [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  const out: Array<[number, boolean]> = [];
  for (const i of rarest ?? []) {
    const e = index.entries[i]!;
    if (e.folds.length <= folds.length) continue; // equal length is the exact stage's job
    for (let s = 0; s + folds.length <= e.folds.length; s++) {
      if (folds.every((f, j) => e.folds[s + j] === f)) {
        out.push([i, keys.every((k, j) => e.keys[s + j] === k)]);
        break;
      }
    }
  }
  return out;
}

/** The query without the first place name in it, if any and if something is left. */
function removePlace(keys: string[], folds: string[], places: string[][]): { keys: string[]; folds: string[] } | undefined {
  for (const place of places) {
    if (place.length === 0 || place.length >= folds.length) continue;
    for (let s = 0; s + place.length <= folds.length; s++) {
      if (place.every((p, j) => folds[s + j] === p)) {
        const cut = <T>(a: T[]) => [...a.slice(0, s), ...a.slice(s + place.length)];
        // "Quang Tri province" / "tỉnh Quảng Trị": the generic word goes with the name.
        return { keys: cut(keys), folds: cut(folds) };
      }
    }
  }
  return undefined;
}

function toMatch(glossary: CompiledGlossary, form: Form, score: number): LookupMatch {
  const c = form.concept;
  const successor = c.successor ? glossary.byId.get(c.successor) : undefined;
  return {
    id: c.id,
    vi: c.vi,
    en: c.en,
    domain: c.domain,
    status: c.status,
    score: Math.round(score * 1000) / 1000,
    matched: {
      term: form.text,
      lang: form.lang,
      kind: form.kind,
      ...(form.reason ? { reason: form.reason } : {}),
      ...(form.validUntil ? { validUntil: form.validUntil } : {}),
    },
    admitted: c.admitted.map((a) => a.term),
    viVariants: c.viVariants,
    ...(c.validFrom ? { validFrom: c.validFrom } : {}),
    ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    ...(successor
      ? {
          successor: {
            id: successor.id,
            vi: successor.vi,
            en: successor.en,
            status: successor.status,
            ...(successor.validFrom ? { validFrom: successor.validFrom } : {}),
          },
        }
      : {}),
    ...(c.note ? { note: c.note } : {}),
    ...(c.confidence ? { confidence: c.confidence } : {}),
    sources: c.sources,
  };
}
