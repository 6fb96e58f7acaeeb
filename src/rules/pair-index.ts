/** The bilingual rules (DESIGN.md §5), in run order. */
import { missingTerm } from './missing-term.js';
import { numberMismatch } from './number-mismatch.js';
import type { PairRule } from './pair-types.js';
import { placeholderMismatch } from './placeholder-mismatch.js';
import { untranslated } from './untranslated.js';

export const PAIR_RULES: readonly PairRule[] = [untranslated, placeholderMismatch, missingTerm, numberMismatch];

export { missingTerm, numberMismatch, placeholderMismatch, untranslated };
