/**
 * Pairing two Markdown or text documents block by block (DESIGN.md §1): headings, paragraphs, list
 * items and table cells are aligned in order by their length, allowing a paragraph that the
 * translation split in two or merged with the next (a Gale–Church-style dynamic programme over
 * 1–1, 1–2, 2–1, 1–0 and 0–1 beads). Where alignment fails — too many blocks left alone, or lengths
 * that do not correspond — the whole documents become one unit, and an `info` note says so, so
 * that the checks never compare a paragraph with the wrong one.
 */
import type { Segment } from '../types.js';
import type { ParsedDocument } from './markdown.js';
import type { BilingualDocument, Unit, UnitNote } from './units.js';

interface Bead {
  s: number;
  t: number;
  ds: number;
  dt: number;
}

/** Cost of leaving a block without a partner, and of a split or merge. */
const COST_SKIP = 3;
const COST_SPLIT = 0.6;
/** Alignment is trusted when at most this share of blocks is left alone … */
const MAX_SKIPPED = 0.25;
/** … and 1–1 beads on average differ in length by at most this (log ratio, after scaling). */
const MAX_MEAN_COST = 0.6;

const BARRIER = '\n\uFFFC\n';

export function alignDocuments(
  source: ParsedDocument,
  target: ParsedDocument,
  langs: { sourceLang: 'vi' | 'en'; targetLang: 'vi' | 'en' },
): BilingualDocument {
  const a = source.segments.filter((s) => s.kind !== 'alt');
  const b = target.segments.filter((s) => s.kind !== 'alt');
  const notes: UnitNote[] = [];
  const beads = align(a, b);
  const units: Unit[] = [];
  if (beads && trusted(beads, a, b)) {
    for (const bead of beads) {
      const src = bead.ds ? merge(a.slice(bead.s, bead.s + bead.ds)) : undefined;
      const tgt = bead.dt ? merge(b.slice(bead.t, bead.t + bead.dt)) : undefined;
      units.push(unit(`${bead.s + 1}:${bead.t + 1}`, src, tgt));
    }
  } else if (a.length > 0 || b.length > 0) {
    units.push(unit('document', a.length ? merge(a) : undefined, b.length ? merge(b) : undefined));
    const at = b[0] ? b[0].map[0]?.[1] ?? 0 : 0;
    notes.push({
      side: 'target',
      offset: at,
      end: at,
      ruleId: 'missing-term',
      severity: 'info',
      messageId: 'rules:alignmentFailed',
      data: { source: a.length, target: b.length },
    });
  }
  return { units, notes, ...langs };
}

function unit(key: string, source: Segment | undefined, target: Segment | undefined): Unit {
  const text = source?.text ?? target?.text;
  return {
    key,
    ...(text !== undefined ? { label: text } : {}),
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    files: { source: 'source', target: 'target' },
    state: target && target.text.trim() ? 'translated' : 'untranslated',
    placeholders: ['none'],
  };
}

/** Several blocks as one segment; a barrier keeps words of different blocks from joining. */
export function merge(segments: readonly Segment[]): Segment {
  if (segments.length === 1) return segments[0]!;
  let text = '';
  const map: Array<[number, number]> = [];
  for (const seg of segments) {
    if (text) {
      const next = seg.map[0]?.[1] ?? 0;
      map.push([text.length, next]);
      // The barrier's three characters all map to the start of the next block.
      map.push([text.length + 1, next], [text.length + 2, next]);
      text += BARRIER;
    }
    for (const [t, s] of seg.map) map.push([text.length + t, s]);
    text += seg.text;
  }
  return { ...segments[0]!, text, map };
}

const len = (s: Segment | undefined) => (s ? s.text.length : 0);

/** The cheapest sequence of beads, or undefined for documents too unequal to try. */
function align(a: readonly Segment[], b: readonly Segment[]): Bead[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return undefined;
  const ratio = Math.max(1, b.reduce((x, s) => x + s.text.length, 0)) / Math.max(1, a.reduce((x, s) => x + s.text.length, 0));
  const band = Math.max(20, Math.abs(n - m) + 10);
  const INF = Number.POSITIVE_INFINITY;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const back: Array<Array<[number, number] | undefined>> = Array.from({ length: n + 1 }, () => new Array(m + 1));
  cost[0]![0] = 0;
  const lengthCost = (ls: number, lt: number) => Math.abs(Math.log((lt + 20) / (ratio * ls + 20)));
  // Numbers anchor the alignment: "Điều 16" pairs with "Article 16", "ngày 7-4" with "April 7".
  // In a split or merge, each block that has numbers must share one with the other side: "Điều 3"
  // and "Điều 4" merged are no translation of "Article 4" alone.
  const numsA = a.map(numbersOf);
  const numsB = b.map(numbersOf);
  const anchorCost = (as: Array<Set<string> | undefined>, bs: Array<Set<string> | undefined>) => {
    const x = new Set(as.flatMap((n) => (n ? [...n] : [])));
    const y = new Set(bs.flatMap((n) => (n ? [...n] : [])));
    if (x.size === 0 || y.size === 0) return 0;
    const shares = (part: Set<string> | undefined, other: Set<string>) => !part || part.size === 0 || [...part].some((v) => other.has(v));
    if (!as.every((part) => shares(part, y)) || !bs.every((part) => shares(part, x))) return 1.5;
    return -1;
  };
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    for (let j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
      const here = cost[i]![j]!;
      if (here === INF) continue;
      const step = (di: number, dj: number, c: number) => {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) return;
        if (here + c < cost[ni]![nj]!) {
          cost[ni]![nj] = here + c;
          back[ni]![nj] = [di, dj];
        }
      };
      const ls1 = len(a[i]);
      const lt1 = len(b[j]);
      const kindBonus = a[i] && b[j] && a[i]!.kind !== b[j]!.kind ? 0.5 : 0;
      step(1, 1, lengthCost(ls1, lt1) + kindBonus + anchorCost([numsA[i]], [numsB[j]]));
      step(1, 2, lengthCost(ls1, lt1 + len(b[j + 1])) + COST_SPLIT + anchorCost([numsA[i]], [numsB[j], numsB[j + 1]]));
      step(2, 1, lengthCost(ls1 + len(a[i + 1]), lt1) + COST_SPLIT + anchorCost([numsA[i], numsA[i + 1]], [numsB[j]]));
      step(1, 0, COST_SKIP);
      step(0, 1, COST_SKIP);
    }
  }
  if (cost[n]![m] === INF) return undefined;
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = back[i]![j]!;
    i -= di;
    j -= dj;
    beads.push({ s: i, t: j, ds: di, dt: dj });
  }
  return beads.reverse();
}

function numbersOf(segment: Segment): Set<string> {
  return new Set(segment.text.match(/\d+/g) ?? []);
}

function trusted(beads: readonly Bead[], a: readonly Segment[], b: readonly Segment[]): boolean {
  const skipped = beads.filter((x) => x.ds === 0 || x.dt === 0).length;
  if (skipped > MAX_SKIPPED * Math.max(a.length, b.length)) return false;
  const ratio = Math.max(1, b.reduce((x, s) => x + s.text.length, 0)) / Math.max(1, a.reduce((x, s) => x + s.text.length, 0));
  const ones = beads.filter((x) => x.ds === 1 && x.dt === 1);
  if (ones.length === 0) return beads.length <= 2;
  const mean =
    ones.reduce((sum, x) => sum + Math.abs(Math.log((len(b[x.t]) + 20) / (ratio * len(a[x.s]) + 20))), 0) / ones.length;
  return mean <= MAX_MEAN_COST;
}
