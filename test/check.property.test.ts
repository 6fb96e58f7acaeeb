/**
 * Properties of check() and fixing over arbitrary input (fast-check), on the built-in glossary.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, checkParsed, fix, fixText } from '../src/check.js';
import { parseMarkdown } from '../src/formats/markdown.js';
import { parseText } from '../src/formats/text.js';
import { getBuiltinGlossary } from '../src/glossary/builtin.js';

const glossary = getBuiltinGlossary();
// Words and terms from the glossary itself, so that generated text hits real terms.
const terms = glossary.forms.filter((f) => f.lang === 'en').map((f) => f.text.replace('{place}', 'Quang Tri'));
const glue = [' ', ' ', ' ', '\n', '\r\n', '. ', ', ', '*', '**', '`', ' the ', ' of ', '\n\n', '# ', '- ', '> ', '’s ', 's ', '\u0301', '😀', '<!-- thuatngu-disable -->', '<b>', '[', '](x)'];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...terms), fc.constantFrom(...glue), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(textArb, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('check() on arbitrary input', () => {
  it('never throws, for Markdown and plain text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('markdown' as const, 'text' as const), (text, format) => {
        check(text, { glossary, format });
      }),
      { numRuns: 300 },
    );
  });

  it('every reported span of the source is exactly `actual`, and fixes stay inside it', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const m of check(text, { glossary }).messages) {
          expect(text.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
          if (m.fix) expect(m.fix.range).toEqual([m.place.start.offset, m.place.end.offset]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixing changes only reported spans', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const messages = check(text, { glossary }).messages;
        const out = fix(text, messages);
        // Walk both strings: outside the applied ranges they must agree character for character.
        const ranges = messages
          .flatMap((m) => (m.fix ? [m.fix] : []))
          .sort((a, b) => a.range[0] - b.range[0]);
        let i = 0;
        let j = 0;
        let last = 0;
        for (const f of ranges) {
          if (f.range[0] < last) continue; // overlapping fix: left out by the fixer
          expect(out.slice(j, j + (f.range[0] - i))).toBe(text.slice(i, f.range[0]));
          j += f.range[0] - i + f.text.length;
          i = f.range[1];
          last = f.range[1];
        }
        expect(out.slice(j)).toBe(text.slice(i));
      }),
      { numRuns: 300 },
    );
  });

  it('fix(fix(x)) == fix(x)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const once = fixText(text, { glossary }).output;
        expect(fixText(once, { glossary }).output).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('a large document (counted first, then checked segment by segment without keeping tokens) gets the messages of a small one', () => {
    fc.assert(
      fc.property(
        fc.array(textArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('markdown' as const, 'text' as const),
        fc.constantFrom('consistent' as const, 'en-GB' as const, 'en-US' as const),
        fc.constantFrom(undefined, '2020-01-01', '2026-01-01'),
        (parts, format, spelling, date) => {
          const text = parts.join('\n\n');
          const doc = format === 'markdown' ? parseMarkdown(text) : parseText(text);
          const options = { glossary, spelling, ...(date ? { date } : {}) };
          expect(checkParsed(text, doc, options, 0)).toEqual(checkParsed(text, doc, options, Infinity));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the example article gets the same messages read either way, of every kind it has', () => {
    const text = readFileSync(new URL('../examples/quang-tri-mass-mobilization.md', import.meta.url), 'utf8');
    const doc = parseMarkdown(text);
    const whole = checkParsed(text, doc, { glossary }, Infinity);
    expect(new Set(whole.map((m) => m.ruleId))).toEqual(new Set(['deprecated-term', 'inconsistent-term', 'superseded-term']));
    expect(checkParsed(text, doc, { glossary }, 0)).toEqual(whole);
  });
});
