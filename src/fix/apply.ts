/**
 * The fixer (DESIGN.md §6): rules never edit; they return `fix {range, text}` in source offsets,
 * and this applies the ones that do not overlap, from the end of the text back to the start, so
 * that every offset still points where the rule meant. Nothing outside an applied range changes:
 * a BOM, CRLF line endings and any other character stay exactly as they were.
 */
import type { Fix, Message } from '../types.js';

export interface ApplyResult {
  output: string;
  /** The fixes applied, in source order. */
  applied: Fix[];
  /** The fixes left out: overlapping an applied one, or with a range outside the text. */
  skipped: Fix[];
}

function isValidRange(fix: Fix, length: number): boolean {
  const [start, end] = fix.range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

/**
 * Apply the non-overlapping `fixes` to `source`. Sorted by start and then by length, a fix is
 * kept when it starts at or after the end of the last kept one; so of two overlapping fixes the
 * one that starts first wins, and of two that start together the shorter. An insertion overlaps
 * any other fix that starts at the same point (which goes first would be a guess); a fix that
 * starts where the last one ends does not overlap it.
 */
export function applyFixes(source: string, fixes: Fix[]): ApplyResult {
  const skipped: Fix[] = [];
  const candidates: Array<{ fix: Fix; order: number }> = [];
  fixes.forEach((fix, order) => {
    if (isValidRange(fix, source.length)) candidates.push({ fix, order });
    else skipped.push(fix);
  });
  candidates.sort(
    (a, b) =>
      a.fix.range[0] - b.fix.range[0] ||
      a.fix.range[1] - a.fix.range[0] - (b.fix.range[1] - b.fix.range[0]) ||
      a.order - b.order,
  );

  const applied: Fix[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const { fix } of candidates) {
    const [start, end] = fix.range;
    const overlaps = start < lastEnd || (start === lastStart && (start === end || lastStart === lastEnd));
    if (overlaps) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    lastStart = start;
    lastEnd = end;
  }

  // From the end back to the start: each slice is cut from the untouched source.
  const pieces: string[] = [];
  let tail = source.length;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text } = applied[i]!;
    pieces.push(source.slice(range[1], tail), text);
    tail = range[0];
  }
  pieces.push(source.slice(0, tail));
  const output = pieces.reverse().join('');

  return { output, applied, skipped };
}

/** The fixes that a list of messages carries, in message order. */
export function fixesOf(messages: Message[]): Fix[] {
  const fixes: Fix[] = [];
  for (const m of messages) if (m.fix) fixes.push(m.fix);
  return fixes;
}

export interface StableResult {
  output: string;
  /** How many passes changed the text. */
  passes: number;
  /** How many fixes were applied over all passes. */
  applied: number;
}

/**
 * Check, fix, and check again until a pass finds no fix or changes nothing, at most `maxPasses`
 * times: a fix can reveal another problem, or an overlapping fix left out can apply next time.
 */
export function fixUntilStable(
  source: string,
  check: (text: string) => Fix[],
  maxPasses = 10,
): StableResult {
  let output = source;
  let passes = 0;
  let applied = 0;
  while (passes < maxPasses) {
    const fixes = check(output);
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    if (result.output === output) break;
    output = result.output;
    applied += result.applied.length;
    passes++;
  }
  return { output, passes, applied };
}
