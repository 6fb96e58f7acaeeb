import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocator, sourceSpan, toSourceOffset } from '../../src/formats/index.js';

describe('createLocator', () => {
  it('finds lines and columns with \\n, \\r\\n and lone \\r', () => {
    const src = 'ab\ncd\r\nef\rgh';
    const loc = createLocator(src);
    expect(loc.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.point(2)).toEqual({ line: 1, column: 3, offset: 2 }); // the \n itself
    expect(loc.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(loc.point(5)).toEqual({ line: 2, column: 3, offset: 5 }); // \r of \r\n
    expect(loc.point(6)).toEqual({ line: 2, column: 4, offset: 6 }); // \n of \r\n: same line
    expect(loc.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(loc.point(10)).toEqual({ line: 4, column: 1, offset: 10 }); // after lone \r
    expect(loc.point(12)).toEqual({ line: 4, column: 3, offset: 12 }); // end of input
  });

  it('agrees with counting line breaks one character at a time, for any mix of \\n, \\r\\n and \\r', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' ', '😀'), { maxLength: 60 }), (parts) => {
        const src = parts.join('');
        const loc = createLocator(src);
        let line = 1;
        let column = 1;
        for (let i = 0; i <= src.length; i++) {
          expect(loc.point(i)).toEqual({ line, column, offset: i });
          const c = src[i];
          if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) {
            line++;
            column = 1;
          } else column++;
        }
      }),
    );
  });

  it('clamps offsets outside the source', () => {
    const loc = createLocator('abc');
    expect(loc.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.point(99)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(createLocator('').point(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('keeps offsets into the string with a BOM, but line 1 column 1 is the first real character', () => {
    const src = '\uFEFFTỉnh ủy\r\nParty';
    const loc = createLocator(src);
    expect(loc.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.point(1)).toEqual({ line: 1, column: 1, offset: 1 });
    expect(loc.point(src.indexOf('ủy'))).toEqual({ line: 1, column: 6, offset: 6 });
    expect(loc.point(src.indexOf('Party'))).toEqual({ line: 2, column: 1, offset: 10 });
  });

  it('counts an emoji as two UTF-16 columns', () => {
    const src = '😀 Party\n🇻🇳 Front';
    const loc = createLocator(src);
    expect(loc.point(src.indexOf('Party'))).toEqual({ line: 1, column: 4, offset: 3 });
    expect(loc.point(src.indexOf('Front'))).toEqual({ line: 2, column: 6, offset: 14 });
  });

  it('does not normalise NFD text', () => {
    const nfd = 'Ủy ban'.normalize('NFD');
    const src = `${nfd}\n${nfd}`;
    const loc = createLocator(src);
    expect(nfd.length).toBeGreaterThan('Ủy ban'.length);
    expect(loc.point(src.lastIndexOf('ban'))).toEqual({
      line: 2,
      column: nfd.indexOf('ban') + 1,
      offset: src.lastIndexOf('ban'),
    });
  });
});

describe('toSourceOffset / sourceSpan', () => {
  const seg = { map: [[0, 10], [5, 20], [6, 30]] as Array<[number, number]> };
  it('maps by binary search within runs', () => {
    expect(toSourceOffset(seg, 0)).toBe(10);
    expect(toSourceOffset(seg, 4)).toBe(14);
    expect(toSourceOffset(seg, 5)).toBe(20);
    expect(toSourceOffset(seg, 6)).toBe(30);
    expect(toSourceOffset(seg, 9)).toBe(33);
  });
  it('maps an exclusive end through the last character', () => {
    expect(sourceSpan(seg, 2, 5)).toEqual([12, 15]);
    expect(sourceSpan(seg, 4, 7)).toEqual([14, 31]);
    expect(sourceSpan(seg, 3, 3)).toEqual([13, 13]);
  });
  it('returns 0 for an empty map', () => {
    expect(toSourceOffset({ map: [] }, 3)).toBe(0);
  });
});

describe('Locator.at', () => {
  it('turns a line and column back into the same point', () => {
    const text = '\uFEFFab\r\ncd\nef😀g';
    const locator = createLocator(text);
    for (let offset = 1; offset <= text.length; offset++) {
      const p = locator.point(offset);
      expect(locator.at(p.line, p.column)).toEqual(p);
    }
    expect(locator.at(99, 99).offset).toBe(text.length);
  });
});
