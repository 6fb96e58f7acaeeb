import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectGfm } from '../../src/formats/gfm.js';

/** The detection as one expression per feature: what detectGfm() must answer, faster. */
function byRegExps(text: string): { table: boolean; autolink: boolean } {
  const autolink = /www\.|https?:\/\/|mailto:|xmpp:|[\w.+-]@[\w-]/i;
  const inlineLink = /(?<!\\)\[[^\][\n\\]*\]\([^\s()<>\\]*\)/g;
  return {
    table: /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m.test(text) || /\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m.test(text),
    autolink: autolink.test(text) && autolink.test(text.replace(inlineLink, '[]')),
  };
}

describe('detectGfm', () => {
  it('sees tables and autolink literals, and not links whose destination is the only URL', () => {
    expect(detectGfm('| a | b |\n| --- | --- |\n| 1 | 2 |\n')).toEqual({ table: true, autolink: false });
    expect(detectGfm('a | b\n--- | ---\n')).toEqual({ table: true, autolink: false });
    expect(detectGfm('See www.quangtri.gov.vn today.')).toEqual({ table: false, autolink: true });
    expect(detectGfm('Write to ban.dan.van@quangtri.gov.vn.')).toEqual({ table: false, autolink: true });
    expect(detectGfm('[the portal](https://quangtri.gov.vn)')).toEqual({ table: false, autolink: false });
    expect(detectGfm('HTTPS://X.VN and MAILTO:a')).toEqual({ table: false, autolink: true });
    expect(detectGfm('a @ b, x| y, -- |')).toEqual(byRegExps('a @ b, x| y, -- |'));
  });

  it('answers as the expressions do on any text', () => {
    const unit = fc.constantFrom('w', 'W', '.', 'h', 't', 'p', 's', ':', '/', 'm', 'a', 'i', 'l', 'o', 'x', '@', '_', '+', '-',
      '|', ' ', '\t', '\n', '[', ']', '(', ')', '\\', '<', 'é', 'đ');
    const piece = fc.oneof(
      fc.string({ unit, maxLength: 20 }),
      fc.constantFrom('www.', 'http://', 'https://', 'mailto:', 'xmpp:', 'a@b', '| --- |', ':-:|', '[t](u)', '\\[t](https://x)'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(detectGfm(text)).toEqual(byRegExps(text));
      }),
      { numRuns: 2000 },
    );
  });
});
