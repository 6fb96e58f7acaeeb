/**
 * The rule registry (DESIGN.md §5): ids are stable; config and suppression comments use them.
 */
import type { Severity } from '../types.js';
import { deprecatedTerm } from './deprecated-term.js';
import { inconsistentTerm } from './inconsistent-term.js';
import { nearMiss } from './near-miss.js';
import { spellingVariantRule } from './spelling-variant.js';
import { supersededTerm } from './superseded-term.js';
import { termCase } from './term-case.js';
import type { Rule } from './types.js';

export type { Rule, RuleRun, Report, DocumentInfo, SegmentView, RuleSettings, Spelling, SpellingStyle } from './types.js';

/** Monolingual rules, in the order they run. */
export const RULES: readonly Rule[] = [deprecatedTerm, nearMiss, termCase, inconsistentTerm, spellingVariantRule, supersededTerm];

export const RULE_IDS = [
  'deprecated-term',
  'near-miss',
  'inconsistent-term',
  'term-case',
  'spelling-variant',
  'superseded-term',
  'missing-term',
  'number-mismatch',
  'untranslated',
  'placeholder-mismatch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const DOCS_BASE = 'https://www.npmjs.com/package/thuatngu#rule-';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}`;
}

export function getRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type RuleLevel = Severity | 'off';
