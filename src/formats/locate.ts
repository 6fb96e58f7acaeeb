/**
 * Positions and offset maps (DESIGN.md §3: every report points at the exact characters the user
 * wrote).
 *
 * Offsets are always 0-based UTF-16 code unit offsets into the string exactly as given: a leading
 * byte order mark (U+FEFF) is *not* removed, so in a file with a BOM the first real character has
 * offset 1. Lines and columns are 1-based, columns count UTF-16 code units (as LSP, SARIF and
 * ESLint do: an emoji outside the BMP is two columns wide). A leading BOM takes no column: line 1,
 * column 1 is the first character after it (the BOM itself, offset 0, also reports column 1), which
 * is what an editor shows. `\r\n`, a lone `\r` and `\n` are each one line break.
 */
import type { Point, Segment } from '../types.js';

export interface Locator {
  /** The line and column of `offset` (clamped to `[0, source.length]`). */
  point(offset: number): Point;
  /** The point at a 1-based line and column (clamped to the text), as a parser reports it. */
  at(line: number, column: number): Point;
}

/** Build a locator: line starts are computed once, lookups are a binary search. */
export function createLocator(source: string): Locator {
  const length = source.length;
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Line starts, found on first use (most documents have no message at all) with indexOf, which
  // is several times faster than looking at every character.
  let lineStarts: number[] | undefined;
  const linesOf = (): number[] => {
    if (lineStarts) return lineStarts;
    const starts = [0];
    let lf = source.indexOf('\n');
    let cr = source.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        starts.push(lf + 1);
        lf = source.indexOf('\n', lf + 1);
      } else {
        // "\r\n" is one line break; a lone "\r" is one too.
        const end = source.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        starts.push(end);
        if (end === cr + 2) lf = source.indexOf('\n', end);
        cr = source.indexOf('\r', end);
      }
    }
    return (lineStarts = starts);
  };

  return {
    point(offset: number): Point {
      let o = Number.isFinite(offset) ? Math.trunc(offset) : 0;
      if (o < 0) o = 0;
      if (o > length) o = length;
      // Last line start <= o.
      const starts = linesOf();
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= o) lo = mid;
        else hi = mid - 1;
      }
      const lineStart = starts[lo] as number;
      let column = o - lineStart + 1;
      if (lo === 0 && bom === 1) column = Math.max(1, column - 1);
      return { line: lo + 1, column, offset: o };
    },
    at(line: number, column: number): Point {
      const starts = linesOf();
      const index = Math.min(Math.max(1, Math.trunc(line) || 1), starts.length) - 1;
      const lineStart = starts[index] as number;
      const extra = index === 0 ? bom : 0;
      return this.point(lineStart + extra + Math.max(1, Math.trunc(column) || 1) - 1);
    },
  };
}

/**
 * The source offset of the character at `textOffset` in `segment.text` (binary search in
 * `segment.map`). For the end of a span (exclusive) use {@link sourceSpan}, or
 * `toSourceOffset(seg, end - 1) + 1`.
 */
export function toSourceOffset(segment: Pick<Segment, 'map'>, textOffset: number): number {
  const map = segment.map;
  if (map.length === 0) return 0;
  let lo = 0;
  let hi = map.length - 1;
  if (textOffset <= (map[0] as [number, number])[0]) {
    const first = map[0] as [number, number];
    return first[1] + (textOffset - first[0]);
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((map[mid] as [number, number])[0] <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const pair = map[lo] as [number, number];
  return pair[1] + (textOffset - pair[0]);
}

/**
 * The source range `[start, end)` of the text span `[start, end)` of a segment. An empty span maps
 * to an empty range at the source offset of `start`.
 */
export function sourceSpan(
  segment: Pick<Segment, 'map'>,
  start: number,
  end: number,
): [number, number] {
  const s = toSourceOffset(segment, start);
  if (end <= start) return [s, s];
  return [s, toSourceOffset(segment, end - 1) + 1];
}

/**
 * Builds a segment's text and map together. Runs that continue the previous one (next text
 * character from the next source character) add no pair.
 * @internal shared by the format adapters
 */
export class SegmentBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly map: Array<[number, number]> = [];
  private lastText = -2;
  private lastSource = -2;

  get textLength(): number {
    return this.length;
  }

  /** Append `text`, whose characters came one-to-one from `source` starting at `sourceOffset`. */
  appendRun(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.mark(this.length, sourceOffset);
    this.parts.push(text);
    this.length += text.length;
    this.lastText = this.length - 1;
    this.lastSource = sourceOffset + text.length - 1;
  }

  /** Append one character that came from `sourceOffset` (or stands for what starts there). */
  appendChar(ch: string, sourceOffset: number): void {
    this.mark(this.length, sourceOffset);
    this.parts.push(ch);
    this.length += ch.length;
    // A two-unit character (decoded astral entity) maps both units to the same source offset.
    if (ch.length > 1) {
      for (let k = 1; k < ch.length; k++) this.map.push([this.length - ch.length + k, sourceOffset]);
      this.lastText = this.length - 1;
      this.lastSource = sourceOffset;
    } else {
      this.lastText = this.length - 1;
      this.lastSource = sourceOffset;
    }
  }

  private mark(textOffset: number, sourceOffset: number): void {
    if (textOffset === this.lastText + 1 && sourceOffset === this.lastSource + 1) return;
    this.map.push([textOffset, sourceOffset]);
  }

  /** Remove trailing characters that are not prose (whitespace, barriers) and return the text. */
  finish(): { text: string; map: Array<[number, number]> } {
    let text = this.parts.join('');
    let end = text.length;
    while (end > 0 && isTrimmable(text.charCodeAt(end - 1))) end--;
    let start = 0;
    while (start < end && isTrimmable(text.charCodeAt(start))) start++;
    if (start === 0 && end === text.length) return { text, map: this.map };
    text = text.slice(start, end);
    const map: Array<[number, number]> = [];
    if (text.length === 0) return { text, map };
    // Re-base: the first pair is at text offset 0.
    const firstSource = toSourceOffset(this, start);
    map.push([0, firstSource]);
    for (const [t, s] of this.map) {
      if (t <= start) continue;
      if (t >= end) break;
      map.push([t - start, s]);
    }
    return { text, map };
  }
}

function isTrimmable(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfffc;
}
