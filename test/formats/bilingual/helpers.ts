import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BilingualDocument } from '../../../src/formats/units.js';
import { FormatError } from '../../../src/formats/units.js';
import { mapViolations } from '../helpers.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Every segment's map points at its characters (escapes and entities at their first character). */
export function expectExactMaps(doc: BilingualDocument, files: { source: string; target: string }): void {
  for (const unit of doc.units) {
    for (const side of ['source', 'target'] as const) {
      const seg = unit[side];
      if (!seg) continue;
      const file = files[unit.files[side]];
      expect(mapViolations(file, seg), `${unit.key} ${side}`).toEqual([]);
    }
  }
}

/** Run `fn` and return the FormatError it throws, as plain data. */
export function formatErrorOf(fn: () => unknown): { side: string; line: number; column: number; messageId: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const e = error as FormatError;
    return { side: e.side, line: e.line, column: e.column, messageId: e.messageId };
  }
  throw new Error('expected a FormatError');
}

/** A compact view of units for table assertions. */
export function summary(doc: BilingualDocument) {
  return doc.units.map((u) => ({
    key: u.key,
    source: u.source?.text,
    target: u.target?.text,
    state: u.state,
    ...(u.flags ? { flags: u.flags } : {}),
  }));
}
