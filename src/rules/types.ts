/**
 * What a rule sees and how it reports (DESIGN.md §5). Rules never edit text and never render
 * prose: they report spans in segment text with a messageId, data and an optional replacement.
 */
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Occurrence } from '../match/matcher.js';
import type { SpellingAxis, SpellingTally, Token } from '../normalize/index.js';
import type { Segment, Severity } from '../types.js';

export interface SegmentView {
  segment: Segment;
  tokens: Token[];
  occurrences: Occurrence[];
  /**
   * In a bilingual check: matches left out of `occurrences` as modifiers of a longer match that
   * starts inside them (Matcher.match()), still mentions of their concepts.
   */
  modifiers?: Occurrence[];
}

export type Spelling = 'gb' | 'us';
export type { SpellingAxis };

/**
 * A spelling on each axis (see SpellingAxis): British is { ize: 'gb', other: 'gb' }, American
 * { ize: 'us', other: 'us' }, and Oxford spelling (en-GB-oxendict) { ize: 'us', other: 'gb' }.
 */
export type SpellingStyle = Record<SpellingAxis, Spelling>;

/** What every rule knows of a document before its first segment. */
export interface DocumentInfo {
  glossary: CompiledGlossary;
  /** The document's date (front matter `date`, or --date), ISO. */
  date?: string;
  /**
   * The spelling the document mostly uses on each axis, or the configured one. An axis the
   * document has no word on follows the other; with neither, British.
   */
  spelling: SpellingStyle;
  /** The document's words with a British or American spelling, counted on each axis. */
  spellingTally: SpellingTally;
}

export interface RuleSettings {
  /**
   * `consistent` (default): flag the minority spelling on each axis (-ise/-ize, and the rest);
   * `en-GB` / `en-US` / `en-GB-oxendict` (Oxford: -ize, British otherwise): flag the other one.
   */
  spelling: 'consistent' | 'en-GB' | 'en-US' | 'en-GB-oxendict';
}

export interface Report {
  /** The segment the offsets are in (not its tokens: a rule may report after they are gone). */
  segment: Segment;
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
  /**
   * Start on one document. The segments then come one at a time, in order, and each one's tokens
   * may be dropped once every rule has seen it: a rule that reports on the whole document keeps
   * what it needs of each segment and reports in `finish`.
   */
  start(doc: DocumentInfo, report: (r: Report) => void, settings: RuleSettings): RuleRun;
  /**
   * Build what the rule keeps per glossary (cached with it), so that check() can do it before it
   * reads a document rather than in the middle of one.
   */
  prepare?(glossary: CompiledGlossary): void;
}

export interface RuleRun {
  segment(view: SegmentView): void;
  finish?(): void;
}
