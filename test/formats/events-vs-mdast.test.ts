/**
 * The Markdown reader works on micromark's events instead of the mdast tree that remark-parse
 * builds from the same events. These tests hold it to the tree: for each document, the segments
 * (text, kind and the source offset of every character) and the suppression comments are the
 * ones built from unified + remark-parse + remark-gfm + remark-frontmatter (mdast-oracle.ts).
 * Where the GFM autolink transform made nodes without a position, and for alt texts (a plain string
 * in mdast), only text and kind are compared: the oracle's offsets for those are a guess, the
 * reader's come from the tokens (alt offsets are tested in markdown.test.ts). Alt texts with
 * a hard break are left out: mdast's alt string joins the words around it, the reader keeps a line
 * break (tested in markdown.test.ts).
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/formats/index.js';
import { generateMarkdown } from './generate.js';
import { flatten } from './helpers.js';
import { mdastSegments } from './mdast-oracle.js';

function expectSameAsMdast(src: string): void {
  const events = parseMarkdown(src, { chunkSize: Infinity });
  const mdast = mdastSegments(src);
  const comparable = (s: ReturnType<typeof flatten>) =>
    (mdast.altBreaks ? s.filter((x) => x.kind !== 'alt') : s).map((x) => (mdast.exact && x.kind !== 'alt' ? x : { kind: x.kind, text: x.text }));
  expect(comparable(flatten(events.segments))).toEqual(comparable(flatten(mdast.segments)));
  expect(events.directives).toEqual(mdast.directives);
}

const FRAGMENTS = [
  'Party', 'Committee', 'Front', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\uFEFF', '😀', 'Tỉnh ủy', 'ủy'.normalize('NFD'),
  '*', '**', '_', '__', '~~', '~', '`', '``', '```', '~~~', '    ', '> ', '- ', '* ', '1. ', '2) ', '# ', '## ', '===', '---',
  '|', '| a | b |\n', '|---|---|\n', '| --- | :-: |\n', '[', ']', '(', ')', '![', '](u)', '](u "t")', '][r]', '[r]: /u\n',
  '<', '>', '<!--', '-->', '<!-- thuatngu-ignore-next -->', '<!-- thuatngu-disable near-miss -->', '<br>', '<pre>', '</pre>',
  '<div>\n', '\\', '\\*', '\\|', '\\\n', '&amp;', '&#39;', '&#0;', '&#x1F600;', '&rsquo;', '&nosuch;',
  '&', ';', '[^1]', '[^1]: ', '[x]: /u', 'https://a.vn/b', 'www.x.org', 'a@b.co', 'mailto:a@b.co', '<http://x.y>',
  '[https://a.vn](https://a.vn)', '- [x] ', '\uD800', '"', "'", '---\na: 1\n---\n',
];
// No NUL: mdast's text for some runs next to one is wrong ("**\0* " gives the text "**" for the
// one-character token before the emphasis). NUL is tested in markdown.test.ts.
const noNul = (s: string): boolean => !s.includes('\0');
const markdownish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((xs) => xs.join(''));

describe('Markdown from micromark events = Markdown from the mdast tree', () => {
  // EVENTS_RUNS=30000 npx vitest run test/formats/events-vs-mdast.test.ts --testTimeout=600000: a longer search.
  it('on Markdown-like strings', () => {
    fc.assert(fc.property(markdownish, expectSameAsMdast), { numRuns: Number(process.env.EVENTS_RUNS ?? 3000) });
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }).filter(noNul), expectSameAsMdast), { numRuns: 500 });
  });

  it('on generated news-like documents, with LF and CRLF', () => {
    for (let seed = 1; seed <= 40; seed++) expectSameAsMdast(generateMarkdown(4000, seed, seed % 2 ? '\n' : '\r\n'));
  });

  it('on the fixtures and the example article', () => {
    const dir = join(__dirname, 'fixtures');
    const files = [
      ...readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)),
      join(__dirname, '..', '..', 'examples', 'quang-tri-mass-mobilization.md'),
    ];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expectSameAsMdast(readFileSync(file, 'utf8'));
  });
});
