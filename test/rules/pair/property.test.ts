import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../src/rules/numbers.js';
import { extractPlaceholders } from '../../../src/rules/placeholders.js';
import { PAIR_RULES } from '../../../src/rules/pair-index.js';
import { pairView, run } from './helpers.js';

const pieces = ['1.000', '3,25', '%', ' triệu', ' million', 'một phần ba', 'two-thirds', ' XIII', '11/6/2024', 'June', '{{n}}', '%s', '<0>', '</0>', '{a, plural, one {#} other {# x}}', 'Chính phủ', ' ', 'năm', 'hai mươi', 'https://x.vn/2'];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
);

describe('bilingual rules: properties', () => {
  it('number extraction never throws and its spans lie inside the text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('vi' as const, 'en' as const), (s, lang) => {
        for (const m of extractNumbers(s, lang)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.values.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('placeholder extraction never throws and its spans lie inside the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const p of extractPlaceholders(s, ['i18next', 'printf', 'icu'])) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every report of every rule lies inside its segment', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: null }),
        fc.constantFrom('vi-en' as const, 'en-vi' as const),
        fc.constantFrom(undefined, 'translated' as const, 'fuzzy' as const, 'untranslated' as const),
        (source, target, direction, state) => {
          const view = pairView([{ source, target, placeholders: ['i18next', 'printf', 'icu'], ...(state ? { state } : {}) }], direction);
          for (const rule of PAIR_RULES) {
            for (const r of run(rule, view)) {
              expect(r.start).toBeGreaterThanOrEqual(0);
              expect(r.end).toBeGreaterThanOrEqual(r.start);
              expect(r.end).toBeLessThanOrEqual(r.segment.text.length);
              expect(r.segment).toBe(r.side === 'source' ? view.units[0]!.source!.segment : view.units[0]!.target!.segment);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
