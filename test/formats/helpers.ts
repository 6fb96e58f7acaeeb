import type { Segment } from '../../src/types.js';
import { toSourceOffset } from '../../src/formats/index.js';

/** Characters of `seg.text` whose mapped source character is not the same character. */
export function mapViolations(source: string, seg: Segment): string[] {
  const bad: string[] = [];
  for (let i = 0; i < seg.text.length; i++) {
    const o = toSourceOffset(seg, i);
    const t = seg.text[i];
    const s = source[o];
    if (o < 0 || o >= source.length) {
      bad.push(`${i}: offset ${o} out of range`);
      continue;
    }
    if (s === t) continue;
    if (t === '\uFFFC') continue; // barrier for skipped inline code / HTML / image / URL
    if (s === '\\' || s === '&') continue; // escape or character reference: mapped to its start
    if (t === '\uFFFD' && s === '\0') continue; // NUL is replaced
    bad.push(`${i}: text ${JSON.stringify(t)} vs source ${JSON.stringify(s)} at ${o}`);
  }
  for (let k = 1; k < seg.map.length; k++) {
    if (seg.map[k]![0] <= seg.map[k - 1]![0]) bad.push(`map not sorted at pair ${k}`);
  }
  if (seg.text.length > 0 && seg.map[0]?.[0] !== 0) bad.push('map does not start at text offset 0');
  return bad;
}

/** Segments as comparable data: text, kind and the source offset of every character. */
export function flatten(segments: Segment[]): Array<{ kind: string; text: string; offsets: number[] }> {
  return segments.map((s) => ({
    kind: s.kind,
    text: s.text,
    offsets: Array.from({ length: s.text.length }, (_, i) => toSourceOffset(s, i)),
  }));
}

/** The source text each segment's [0, length) span covers. */
export function sourceOfText(source: string, seg: Segment, start: number, end: number): string {
  return source.slice(toSourceOffset(seg, start), toSourceOffset(seg, end - 1) + 1);
}
