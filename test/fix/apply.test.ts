import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixesOf, fixUntilStable } from '../../src/fix/apply.js';
import type { Fix, Message } from '../../src/types.js';

const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

describe('applyFixes', () => {
  it.each<[string, string, Fix[], string, number]>([
    ['no fixes', 'abc', [], 'abc', 0],
    ['one replacement', 'the labor union', [fix(4, 9, 'labour')], 'the labour union', 1],
    ['at offset 0', 'colour', [fix(0, 1, 'C')], 'Colour', 1],
    ['insertion at offset 0', 'Assembly', [fix(0, 0, 'National ')], 'National Assembly', 1],
    ['at the end', 'a programme', [fix(2, 11, 'program')], 'a program', 1],
    ['insertion at the end', 'Hanoi', [fix(5, 5, ' City')], 'Hanoi City', 1],
    ['a deletion', 'the the end', [fix(4, 8, '')], 'the end', 1],
    ['whole text', 'x', [fix(0, 1, 'yz')], 'yz', 1],
    ['given out of order', 'a b c', [fix(4, 5, 'C'), fix(0, 1, 'A')], 'A b C', 2],
    ['adjacent, not overlapping', 'abcd', [fix(0, 2, 'X'), fix(2, 4, 'Y')], 'XY', 2],
    ['insertion right after a replacement', 'ab', [fix(0, 1, 'X'), fix(1, 1, '+')], 'X+b', 2],
    ['length changes do not shift later fixes', 'aa bb cc', [fix(0, 2, 'A'), fix(3, 5, 'BBBB'), fix(6, 8, '')], 'A BBBB ', 3],
  ])('%s', (_name, source, fixes, output, applied) => {
    const result = applyFixes(source, fixes);
    expect(result.output).toBe(output);
    expect(result.applied).toHaveLength(applied);
    expect(result.skipped).toHaveLength(fixes.length - applied);
  });

  it.each<[string, string, Fix[], string, Fix[]]>([
    ['the first by start wins', 'abcdef', [fix(2, 5, 'Y'), fix(0, 3, 'X')], 'Xdef', [fix(2, 5, 'Y')]],
    ['of two with the same start, the shorter wins', 'abcdef', [fix(1, 5, 'L'), fix(1, 2, 'S')], 'aScdef', [fix(1, 5, 'L')]],
    ['a fix inside another', 'abcdef', [fix(0, 6, 'W'), fix(2, 3, 'I')], 'W', [fix(2, 3, 'I')]],
    ['identical fixes apply once', 'abc', [fix(1, 2, 'B'), fix(1, 2, 'B')], 'aBc', [fix(1, 2, 'B')]],
    ['two insertions at one point', 'ab', [fix(1, 1, 'X'), fix(1, 1, 'Y')], 'aXb', [fix(1, 1, 'Y')]],
    ['an insertion and a replacement at one point', 'ab', [fix(1, 2, 'B'), fix(1, 1, '+')], 'a+b', [fix(1, 2, 'B')]],
    ['an insertion inside a replacement', 'abc', [fix(0, 3, 'Z'), fix(1, 1, '+')], 'Z', [fix(1, 1, '+')]],
    ['a chain: 1 overlaps 0, 2 only overlaps 1', 'abcdefgh', [fix(0, 3, 'A'), fix(2, 5, 'B'), fix(4, 6, 'C')], 'AdCgh', [fix(2, 5, 'B')]],
    ['ranges outside the text or reversed', 'abc', [fix(2, 9, 'x'), fix(-1, 1, 'x'), fix(2, 1, 'x'), fix(0.5, 1, 'x')], 'abc', [fix(2, 9, 'x'), fix(-1, 1, 'x'), fix(2, 1, 'x'), fix(0.5, 1, 'x')]],
  ])('overlap: %s', (_name, source, fixes, output, skipped) => {
    const result = applyFixes(source, fixes);
    expect(result.output).toBe(output);
    expect(result.skipped).toEqual(skipped);
    expect(result.applied.length + result.skipped.length).toBe(fixes.length);
  });

  it('returns the applied fixes in source order, as the same objects', () => {
    const a = fix(4, 5, 'x');
    const b = fix(0, 1, 'y');
    expect(applyFixes('abcdef', [a, b]).applied).toEqual([b, a]);
    expect(applyFixes('abcdef', [a, b]).applied[0]).toBe(b);
  });

  it('keeps a BOM and CRLF line endings', () => {
    const source = '\uFEFF# Tin\r\nthe Central Committee of Mass Mobilization met.\r\n\r\nIn Ha Noi\r\n';
    const from = source.indexOf('Central');
    const to = from + 'Central Committee of Mass Mobilization'.length;
    const hanoi = source.indexOf('Ha Noi');
    const { output } = applyFixes(source, [fix(from, to, "Party Central Committee's Commission for Mass Mobilisation"), fix(hanoi, hanoi + 6, 'Hanoi')]);
    expect(output).toBe("\uFEFF# Tin\r\nthe Party Central Committee's Commission for Mass Mobilisation met.\r\n\r\nIn Hanoi\r\n");
    expect(output.startsWith('\uFEFF')).toBe(true);
    expect(output.match(/\r\n/g)).toHaveLength(4);
    expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves surrogate pairs and combining marks outside the ranges alone', () => {
    const source = '😀 Ủy ban 😀'.normalize('NFD');
    const start = source.indexOf('ban');
    expect(applyFixes(source, [fix(start, start + 3, 'Ban')]).output).toBe('😀 Ủy Ban 😀'.normalize('NFD'));
  });
});

describe('fixesOf', () => {
  it('collects the fixes of the messages that have one, in order', () => {
    const base = { ruleId: 'r', source: 'thuatngu', severity: 'error', actual: '', expected: [], messageId: 'm', data: {} } satisfies Partial<Message>;
    const place = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const messages: Message[] = [
      { ...base, place, fix: fix(5, 6, 'b') },
      { ...base, place },
      { ...base, place, fix: fix(0, 1, 'a') },
    ];
    expect(fixesOf(messages)).toEqual([fix(5, 6, 'b'), fix(0, 1, 'a')]);
    expect(fixesOf([])).toEqual([]);
  });
});

/** A fake checker: every "colour" should be "color". */
function checkColour(text: string): Fix[] {
  const fixes: Fix[] = [];
  for (const m of text.matchAll(/colour/g)) fixes.push(fix(m.index, m.index + 6, 'color'));
  return fixes;
}

describe('fixUntilStable', () => {
  it('fixes, checks again, and stops when the check finds nothing', () => {
    expect(fixUntilStable('colour and colour', checkColour)).toEqual({ output: 'color and color', passes: 1, applied: 2 });
  });

  it('does no pass on clean text', () => {
    expect(fixUntilStable('color', checkColour)).toEqual({ output: 'color', passes: 0, applied: 0 });
  });

  it('applies overlapping fixes left out on a later pass', () => {
    // "aaa" → one fix per "aa": the second overlaps the first and waits for the next pass.
    const check = (text: string): Fix[] => {
      const fixes: Fix[] = [];
      for (let i = text.indexOf('aa'); i !== -1; i = text.indexOf('aa', i + 1)) fixes.push(fix(i, i + 2, 'b'));
      return fixes;
    };
    expect(fixUntilStable('aaaa', check)).toEqual({ output: 'bb', passes: 1, applied: 2 });
    expect(fixUntilStable('aaa', check)).toEqual({ output: 'ba', passes: 1, applied: 1 });
    const grow = (text: string): Fix[] => (text.includes('x') ? [fix(text.indexOf('x'), text.indexOf('x') + 1, 'y')] : []);
    expect(fixUntilStable('xxx', grow)).toEqual({ output: 'yyy', passes: 3, applied: 3 });
  });

  it('stops after maxPasses when fixes never settle', () => {
    let calls = 0;
    const flip = (text: string): Fix[] => {
      calls++;
      return [fix(0, 1, text[0] === 'a' ? 'b' : 'a')];
    };
    expect(fixUntilStable('a', flip)).toEqual({ output: 'a', passes: 10, applied: 10 });
    expect(calls).toBe(10);
    expect(fixUntilStable('a', flip, 3).passes).toBe(3);
  });

  it('stops when the fixes change nothing', () => {
    let calls = 0;
    const same = (text: string): Fix[] => {
      calls++;
      return [fix(0, text.length, text)];
    };
    expect(fixUntilStable('keep', same)).toEqual({ output: 'keep', passes: 0, applied: 0 });
    expect(calls).toBe(1);
  });
});

/** Random source text with a few awkward characters, and random non-overlapping fixes for it. */
const sourceAndFixes = fc
  .string({ unit: fc.constantFrom('a', 'b', ' ', '\r', '\n', '\uFEFF', 'ủ', 'e\u0301', '😀', 'x'), maxLength: 60 })
  .chain((source) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: source.length }), { maxLength: 12 })
      .chain((cuts) => {
        const points = [...cuts].sort((a, b) => a - b);
        const pairs: Array<[number, number]> = [];
        for (let i = 0; i + 1 < points.length; i += 2) pairs.push([points[i]!, points[i + 1]!]);
        return fc.tuple(
          fc.constant(source),
          fc.tuple(...pairs.map(([s, e]) => fc.record({ range: fc.constant<[number, number]>([s, e]), text: fc.string({ maxLength: 5 }) }))),
        );
      })
      .chain(([src, fixes]) => fc.tuple(fc.constant(src), fc.shuffledSubarray(fixes, { minLength: fixes.length })))
  );

describe('applyFixes properties', () => {
  it('applies every non-overlapping fix and keeps everything outside the ranges, in order', () => {
    fc.assert(
      fc.property(sourceAndFixes, ([source, fixes]) => {
        const { output, applied, skipped } = applyFixes(source, fixes);
        expect(skipped).toEqual([]);
        expect(applied).toHaveLength(fixes.length);
        // Walk the source in order: untouched stretches must appear verbatim, with each
        // fix's text where its range was.
        const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0]);
        let at = 0;
        let out = 0;
        for (const f of sorted) {
          const kept = source.slice(at, f.range[0]);
          expect(output.slice(out, out + kept.length)).toBe(kept);
          out += kept.length;
          expect(output.slice(out, out + f.text.length)).toBe(f.text);
          out += f.text.length;
          at = f.range[1];
        }
        expect(output.slice(out)).toBe(source.slice(at));
        expect(output.length).toBe(out + source.length - at);
      }),
    );
  });

  it('never loses or invents characters with overlapping fixes, and a second run on clean text is stable', () => {
    const anyFix = (length: number) =>
      fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }), fc.string({ maxLength: 4 }))
        .map(([a, b, text]): Fix => ({ range: [Math.min(a, b), Math.max(a, b)], text }));
    const input = fc
      .string({ maxLength: 40 })
      .chain((source) => fc.tuple(fc.constant(source), fc.array(anyFix(source.length), { maxLength: 8 })));
    fc.assert(
      fc.property(input, ([source, fixes]) => {
        const first = applyFixes(source, fixes);
        // The applied set itself has no overlaps: applying it again gives the same text.
        expect(applyFixes(source, first.applied)).toEqual({ output: first.output, applied: first.applied, skipped: [] });
        // Same loop as the lead's fixer: the fixes once, then a check that finds nothing.
        let calls = 0;
        const check = (): Fix[] => (calls++ === 0 ? fixes : []);
        const stable = fixUntilStable(source, check);
        expect(stable.output).toBe(first.output);
        expect(stable.passes).toBe(first.output === source ? 0 : 1);
        expect(fixUntilStable(stable.output, () => []).output).toBe(stable.output);
      }),
    );
  });

  it('is idempotent for a checker whose fixes remove what it finds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('c', 'o', 'l', 'u', 'r', ' ', '\r\n'), maxLength: 80 }), (text) => {
        const once = fixUntilStable(text, checkColour);
        expect(once.output).not.toContain('colour');
        expect(fixUntilStable(once.output, checkColour)).toEqual({ output: once.output, passes: 0, applied: 0 });
        // Outside the replaced words nothing changed: removing "u" from every "colour" is the whole edit.
        expect(once.output).toBe(text.replace(/colour/g, 'color'));
      }),
    );
  });
});
