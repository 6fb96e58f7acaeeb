import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseText, toSourceOffset } from '../../src/formats/index.js';
import { flatten, mapViolations } from './helpers.js';

const FRAGMENTS = [
  'Party', 'Committee', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\uFEFF', '😀', 'Tỉnh ủy', 'ủy'.normalize('NFD'),
  '*', '**', '_', '~~', '`', '``', '```', '~~~', '    ', '> ', '- ', '1. ', '# ', '===', '---', '|', '| --- |',
  '[', ']', '(', ')', '![', '](u)', '<', '>', '<!--', '-->', '<!-- thuatngu-ignore-next -->', '<br>', '<pre>',
  '</pre>', '\\', '\\*', '&amp;', '&#39;', '&#0;', '&#x1F600;', '&rsquo;', '&nosuch;', '&', ';', '[^1]', '[^1]: ',
  '[x]: /u', 'https://a.vn/b', 'www.x.org', 'a@b.co', '<http://x.y>', '\0', '\uD800', '\uDFFF', '"', "'", '$',
];

const markdownish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join(''));
/**
 * Fragments without definitions or footnotes, whose resolution is per chunk by design, after a
 * start that may open front matter (closed or not).
 */
const chunkSafe = fc
  .tuple(
    fc.constantFrom('', '---\n', '---\na: 1\n\nb: 2\n---\n', '--- \r\n\r\nx: y\r\n---\r\n', '---\n\n'),
    fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !f.includes('[^1]') && !f.includes(']:'))), { maxLength: 80 }),
  )
  .map(([start, xs]) => start + xs.join(''));

function checkDocument(src: string): void {
  const doc = parseMarkdown(src);
  for (const seg of doc.segments) {
    expect(mapViolations(src, seg)).toEqual([]);
    // Every map offset lies inside the source.
    for (const [, s] of seg.map) expect(s >= 0 && s < src.length).toBe(true);
  }
  for (const d of doc.directives) {
    if (d.range) expect(d.range[0] <= d.range[1] && d.range[1] <= src.length).toBe(true);
  }
}

describe('properties', () => {
  it('parseMarkdown never throws and maps every character, on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkDocument), { numRuns: 500 });
  });

  it('parseMarkdown never throws and maps every character, on Markdown-like strings', () => {
    fc.assert(fc.property(markdownish, checkDocument), { numRuns: 1500 });
  });

  it('parsing in chunks gives the same segments as parsing whole', () => {
    fc.assert(
      fc.property(chunkSafe, (src) => {
        const whole = parseMarkdown(src, { chunkSize: Infinity });
        const chunked = parseMarkdown(src, { chunkSize: 1 });
        expect(flatten(chunked.segments)).toEqual(flatten(whole.segments));
        expect(chunked.directives).toEqual(whole.directives);
      }),
      { numRuns: 1000 },
    );
  });

  it('loading GFM extensions only where their syntax appears gives what all of them give', () => {
    const tables = ['](', '[t](', ') ', '| a | b |\n', '|---|---|\n', '| --- | :-: |\n', 'a | b\n', '--- | ---\n', 'www.x.vn ', 'https://a.b/c ', 'ai@b.vn ', '~~x~~ ', '- [x] t\n'];
    const arb = fc.array(fc.constantFrom(...FRAGMENTS, ...tables), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(arb, (src) => {
        const detect = parseMarkdown(src, { chunkSize: Infinity });
        const all = parseMarkdown(src, { chunkSize: Infinity, gfm: 'all' });
        expect(flatten(detect.segments)).toEqual(flatten(all.segments));
      }),
      { numRuns: 1500 },
    );
  });

  it('parseText never throws and maps every character', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), markdownish), (src) => {
        for (const seg of parseText(src).segments) {
          for (let i = 0; i < seg.text.length; i++) {
            const s = src[toSourceOffset(seg, i)];
            if (seg.text[i] === ' ' && (s === '\n' || s === '\r')) continue;
            expect(s).toBe(seg.text[i]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
