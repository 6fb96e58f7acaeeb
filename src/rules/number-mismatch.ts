/**
 * number-mismatch (DESIGN.md §5): the numbers of source and target, compared as multisets of
 * values (see numbers.ts for what counts as a number and as the same value). Each source number
 * with no counterpart is reported on the target side over the whole target text (`numberMissing`);
 * each target number with no counterpart at that number (`numberExtra`). Numbers inside the unit's
 * placeholders and inside URLs are ignored. Units without a target, with a blank target or in state
 * `untranslated` are left to the untranslated rule.
 */
import type { Unit } from '../formats/units.js';
import { compareNumbers, extractNumbers } from './numbers.js';
import type { PairRule } from './pair-types.js';
import { extractPlaceholders } from './placeholders.js';

export const numberMismatch: PairRule = {
  id: 'number-mismatch',
  severity: 'warning',
  check(view, report) {
    for (const uv of view.units) {
      const { source, target, unit } = uv;
      if (!source || !target || unit.state === 'untranslated' || target.segment.text.trim() === '') continue;
      const s = source.segment.text;
      const t = target.segment.text;
      const found = compareNumbers(
        extractNumbers(s, view.sourceLang, { ignore: placeholderSpans(s, unit) }),
        extractNumbers(t, view.targetLang, { ignore: placeholderSpans(t, unit) }),
      );
      for (const m of found.missing) {
        report({ side: 'target', segment: target.segment, start: 0, end: t.length, messageId: 'numberMissing', data: { number: m.text } });
      }
      for (const m of found.extra) {
        report({ side: 'target', segment: target.segment, start: m.start, end: m.end, messageId: 'numberExtra', data: { number: m.text } });
      }
    }
  },
};

function placeholderSpans(text: string, unit: Unit): Array<[number, number]> {
  return extractPlaceholders(text, unit.placeholders).map((p) => [p.start, p.end]);
}
