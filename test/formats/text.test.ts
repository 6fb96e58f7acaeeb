import { describe, expect, it } from 'vitest';
import { createLocator, parseText, toSourceOffset } from '../../src/formats/index.js';

describe('parseText', () => {
  it.each([
    ['one paragraph', 'The Provincial Party\nCommittee met.', ['The Provincial Party Committee met.']],
    ['blank-line separated', 'One.\n\nTwo\nlines.\n\n\n\nThree.', ['One.', 'Two lines.', 'Three.']],
    ['CRLF', 'One\r\ntwo.\r\n\r\nThree.\r\n', ['One two.', 'Three.']],
    ['lone CR', 'One\rtwo.\r\rThree.', ['One two.', 'Three.']],
    ['whitespace-only line separates', 'One.\n \t \nTwo.', ['One.', 'Two.']],
    ['surrounding whitespace trimmed', '\n\n  Indented start.  \n\n', ['Indented start.']],
    ['empty', '', []],
    ['only whitespace', ' \n\r\n\t', []],
    ['markdown is not parsed', '**Bold** `code`', ['**Bold** `code`']],
  ])('%s', (_name, src, expected) => {
    const doc = parseText(src);
    expect(doc.segments.map((s) => s.text)).toEqual(expected);
    expect(doc.segments.every((s) => s.kind === 'paragraph')).toBe(true);
  });

  it('maps every character; a joining space maps to the start of its line break', () => {
    const src = '\uFEFFThe Provincial Party\r\nCommittee 😀 met.\r\n\r\nNext.';
    const doc = parseText(src);
    for (const seg of doc.segments) {
      for (let i = 0; i < seg.text.length; i++) {
        const s = src[toSourceOffset(seg, i)];
        if (seg.text[i] === ' ' && (s === '\r' || s === '\n')) continue;
        expect(s).toBe(seg.text[i]);
      }
    }
    const first = doc.segments[0]!;
    expect(src[toSourceOffset(first, first.text.indexOf(' Committee'))]).toBe('\r');
    const loc = createLocator(src);
    expect(loc.point(toSourceOffset(first, 0))).toEqual({ line: 1, column: 1, offset: 1 });
    expect(loc.point(toSourceOffset(first, first.text.indexOf('met')))).toMatchObject({ line: 2, column: 14 });
    expect(loc.point(toSourceOffset(doc.segments[1]!, 0))).toMatchObject({ line: 4, column: 1 });
  });

  it('does not throw on lone surrogates or NUL', () => {
    expect(parseText('\uD800\0\n\n\uDFFF').segments.map((s) => s.text)).toEqual(['\uD800\0', '\uDFFF']);
  });
});
