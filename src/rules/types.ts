/**
 * What a rule sees and how it reports (DESIGN.md §5). Rules never edit text and never render
 * prose: they report spans in segment text with a messageId, data and an optional replacement.
 */
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Occurrence } from '../match/matcher.js';
import type { Token } from '../normalize/index.js';
import type { Segment, Severity } from '../types.js';

export interface SegmentView {
  segment: Segment;
  tokens: Token[];
  occurrences: Occurrence[];
}

export type Spelling = 'gb' | 'us';

export interface DocumentView {
  segments: SegmentView[];
  glossary: CompiledGlossary;
  /** The document's date (front matter `date`, or --date), ISO. */
  date?: string;
  /** The spelling the document mostly uses (ties: the configured one, else British). */
  spelling: Spelling;
  /** Counts of words with a British or American spelling. */
  spellingCounts: Record<Spelling, number>;
  /** The words that have a British or American spelling, in text order. */
  spelled: Array<{ segment: SegmentView; token: Token; variant: Spelling }>;
}

export interface RuleSettings {
  /** `consistent` (default): flag the minority spelling; `en-GB` / `en-US`: flag the other one. */
  spelling: 'consistent' | 'en-GB' | 'en-US';
}

export interface Report {
  segment: SegmentView;
  /** Offsets [start, end) in segment text. */
  start: number;
  end: number;
  messageId: string;
  data: Record<string, string | number>;
  expected?: string[];
  conceptId?: string;
  /** Replace [start, end) with this text when the fix is safe. */
  fix?: string;
  /** Overrides the rule's severity for this report (e.g. `info` without a document date). */
  severity?: Severity;
  note?: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  fixable: boolean;
  /** One line on what the rule reports, for docs and SARIF (`rules:meta.<id>`). */
  check(doc: DocumentView, report: (r: Report) => void, settings: RuleSettings): void;
  /**
   * Build what the rule keeps per glossary (cached with it), so that check() can do it before it
   * reads a document rather than in the middle of one.
   */
  prepare?(glossary: CompiledGlossary): void;
}
