/**
 * The bilingual model (DESIGN.md §1, §5): a file or a pair of files becomes translation units,
 * each with a source and a target segment. Segments carry offset maps into the file they came
 * from (`Unit.files` says which), so every report points at what the user wrote.
 */
import type { Segment } from '../types.js';

export type Side = 'source' | 'target';

/** How placeholders are written in a unit's text, for placeholder-mismatch. */
export type PlaceholderSyntax = 'i18next' | 'xliff' | 'printf' | 'icu' | 'none';

export interface Unit {
  /** i18next key (flattened, with plural/context suffix), XLIFF unit/segment id, PO msgctxt + msgid (+ [n] for plural forms), or block index. */
  key: string;
  /**
   * What messages quote to name the unit when its key means nothing to a reader: for paired
   * documents, whose keys are block numbers, the block's own text.
   */
  label?: string;
  source?: Segment;
  target?: Segment;
  /** Which file each side's offsets point into (XLIFF and PO: both into the one file). */
  files: { source: Side; target: Side };
  /** translated (default), untranslated (empty target), fuzzy (PO #, fuzzy; XLIFF needs-review…). */
  state?: 'translated' | 'untranslated' | 'fuzzy';
  placeholders: PlaceholderSyntax[];
  /** For PO: flags such as python-format; for XLIFF: the state attribute. */
  flags?: string[];
  /**
   * XLIFF inline codes of each side, in document order, one entry per element, as
   * `"<name> id=<id>"` (or `rid=` / `startRef=` when the element has no id), for
   * placeholder-mismatch.
   */
  codes?: { source: string[]; target: string[] };
  /** Source offsets of the whole unit in its file(s), for messages about the unit itself (e.g. a key missing). */
  anchor?: { side: Side; offset: number; end: number };
}

/** Something the adapter noticed that the user should know (reported as a message). */
export interface UnitNote {
  side: Side;
  offset: number;
  end: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  messageId: string;
  data: Record<string, string | number>;
}

export interface BilingualDocument {
  units: Unit[];
  sourceLang: 'vi' | 'en';
  targetLang: 'vi' | 'en';
  notes: UnitNote[];
}

/** A file the adapter cannot read: where, and what to do (messageId in the `formats` catalog). */
export class FormatError extends Error {
  constructor(
    readonly side: Side,
    readonly line: number,
    readonly column: number,
    readonly messageId: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${side}:${line}:${column} ${messageId}`);
    this.name = 'FormatError';
  }
}
