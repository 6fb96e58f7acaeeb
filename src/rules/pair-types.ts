/**
 * What a bilingual rule sees (DESIGN.md §5): translation units, each with its source and target
 * segment already tokenised and matched against the glossary in that side's language.
 */
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Side, Unit } from '../formats/units.js';
import type { Severity } from '../types.js';
import type { Report, SegmentView } from './types.js';

export interface UnitView {
  unit: Unit;
  /** Tokens and glossary occurrences of the source text (source-language forms only). */
  source?: SegmentView;
  /** Tokens and glossary occurrences of the target text (target-language forms only). */
  target?: SegmentView;
}

export interface PairView {
  units: UnitView[];
  glossary: CompiledGlossary;
  sourceLang: 'vi' | 'en';
  targetLang: 'vi' | 'en';
}

/** A report on one side of a unit: offsets are in that side's segment text. */
export interface PairReport extends Report {
  side: Side;
}

export interface PairRule {
  id: string;
  severity: Severity;
  check(view: PairView, report: (r: PairReport) => void): void;
}
