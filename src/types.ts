/**
 * Public types of thuatngu, in one place (DESIGN.md §2, §6).
 * The core modules import their shapes from here; nothing here does I/O.
 */

// ───────────────────────────── glossary model ─────────────────────────────

export const DOMAINS = [
  'party-organ',
  'party-title',
  'state-organ',
  'state-title',
  'local-government',
  'mass-organization',
  'legal-document',
  'administrative-unit',
  'policy',
  'movement',
  'socio-economic',
  'general',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const STATUSES = ['active', 'renamed', 'merged', 'dissolved', 'replaced'] as const;
/** `active` exists today; the others ended on `validUntil`, usually with a `successor`. */
export type Status = (typeof STATUSES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** An acceptable alternative English rendering (TBX admittedTerm). */
export interface AdmittedTerm {
  term: string;
  /** Who uses it, or when it fits. */
  note?: string;
  /**
   * An earlier name of the same body or title, in use until this ISO date (YYYY-MM-DD, YYYY-MM or
   * YYYY): right in texts about the time before, out of date in texts written after it
   * (superseded-term says so).
   */
  validUntil?: string;
}

/** A rendering seen in real text that is wrong or non-standard (TBX deprecatedTerm). */
export interface DeprecatedTerm {
  term: string;
  /** Why it is wrong: shown to the user. */
  reason: string;
  /** Where it was seen, when that differs from the concept's sources. */
  seenIn?: string;
}

/** One concept: a body, title, document or idea, with its Vietnamese and English terms. */
export interface Concept {
  /** Stable slug; never reused. */
  id: string;
  domain: Domain;
  /** Preferred Vietnamese (NFC, modern tone placement). */
  vi: string;
  /** Admitted Vietnamese forms: abbreviations, longer official forms, old tone placement. */
  viVariants: string[];
  /** Preferred English (British spelling, as the house style of VNA / Nhân Dân English). */
  en: string;
  admitted: AdmittedTerm[];
  deprecated: DeprecatedTerm[];
  /** A proper name: capitalisation is checked. */
  caseSensitive: boolean;
  /**
   * Only text with the term's capitals names the concept: in other capitals its words are an
   * everyday phrase ("a Party delegation" visiting a country is no Party Delegation, the Party
   * caucus of an elected body), and no rule looks at them.
   */
  matchCase?: boolean;
  status: Status;
  /** ISO dates (YYYY-MM-DD or YYYY-MM or YYYY). */
  validFrom?: string;
  validUntil?: string;
  /** Concept id of the body or title that took this one's place. */
  successor?: string;
  note?: string;
  /** Where the usage was seen. Never empty. */
  sources: string[];
  /** Absent = attested in at least one national outlet. */
  confidence?: 'medium' | 'low';
  examples?: { ok?: string[]; flag?: string[] };
  /** Per-entry severity override. */
  severity?: Severity;
  /** Phrases in which a deprecated form is fine (names, quotations). */
  exceptions?: string[];
}

/** A province or centrally-run city: the values of a `{place}` slot. */
export interface Place {
  id: string;
  kind: 'province' | 'city';
  /** Vietnamese name with diacritics (NFC). */
  vi: string;
  /** English name without diacritics, as VNA writes it (e.g. "Quang Tri", "Ho Chi Minh City"). */
  en: string;
  /** Other English spellings seen (e.g. "Hanoi", "Ha Noi", "Thua Thien-Hue"). */
  enVariants: string[];
  status: 'active' | 'merged';
  validFrom?: string;
  validUntil?: string;
  /** Place id of the merged province this one became part of. */
  successor?: string;
  sources: string[];
}

/** The whole glossary after validation: what compile() turns into an index. */
export interface GlossaryData {
  concepts: Concept[];
  places: Place[];
}

// ───────────────────────────── text model ─────────────────────────────

/** A source position, 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/**
 * A run of prose to check: a whole block (paragraph, heading, list item, table cell, alt text,
 * JSON value), with inline markup removed. `map` turns an offset in `text` into an offset in the
 * original file, so that reports point at what the user wrote.
 */
export interface Segment {
  text: string;
  /**
   * Sorted pairs [textOffset, sourceOffset]: text[textOffset] came from source[sourceOffset],
   * and each following character of the same run maps one-to-one until the next pair.
   */
  map: Array<[number, number]>;
  lang?: 'vi' | 'en';
  /** What the segment is: "paragraph", "heading", "tableCell", "alt", "value", … */
  kind: string;
  /** For keyed formats (i18next, XLIFF, PO): the key or id. */
  key?: string;
}

// ───────────────────────────── message model ─────────────────────────────

export interface Fix {
  /** Source offsets [start, end) in the original file. */
  range: [number, number];
  text: string;
}

/** One finding, shaped like vfile-message (DESIGN.md §6). */
export interface Message {
  ruleId: string;
  source: 'thuatngu';
  severity: Severity;
  place: Position;
  /** The exact source text that was flagged. */
  actual: string;
  /** What to write instead, best first (may be empty). */
  expected: string[];
  conceptId?: string;
  /** i18next key under `messages.` and its interpolation data. */
  messageId: string;
  data: Record<string, string | number>;
  /** Rendered text (filled in by the renderer in the chosen language). */
  message?: string;
  note?: string;
  url?: string;
  fix?: Fix;
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}
