import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitMarkdown } from '../../src/formats/index.js';
import { DEFAULT_CHUNK_SIZE, PIECE_SIZE, pieceSizeFor } from '../../src/formats/chunk.js';
import { flatten, mapViolations } from './helpers.js';
import { generateMarkdown } from './generate.js';

function pieces(source: string, chunkSize: number): string[] {
  const starts = splitMarkdown(source, chunkSize);
  return starts.map((s, i) => source.slice(s, starts[i + 1] ?? source.length));
}

describe('splitMarkdown', () => {
  it('does not split a small source', () => {
    expect(splitMarkdown('a\n\nb', 100)).toEqual([0]);
    expect(splitMarkdown('', 1)).toEqual([0]);
  });

  it('splits at blank lines before unindented blocks', () => {
    expect(pieces('a\n\nb\n\nc', 1)).toEqual(['a\n\n', 'b\n\n', 'c']);
    expect(pieces('a\r\n\r\nb', 1)).toEqual(['a\r\n\r\n', 'b']);
  });

  it.each([
    ['inside a fence', '```\na\n\nb\n```\n\nc', ['```\na\n\nb\n```\n\n', 'c']],
    ['inside a longer fence holding a shorter one', '````\n```\n\nx\n````\n\nc', ['````\n```\n\nx\n````\n\n', 'c']],
    ['inside a tilde fence with a backtick line', '~~~\n```\n\nx\n~~~\n\nc', ['~~~\n```\n\nx\n~~~\n\n', 'c']],
    ['inside an HTML comment', '<!--\na\n\nb\n-->\n\nc', ['<!--\na\n\nb\n-->\n\n', 'c']],
    ['inside <pre>', '<pre>\na\n\nb\n</pre>\n\nc', ['<pre>\na\n\nb\n</pre>\n\n', 'c']],
    ['before an indented continuation', '- a\n\n  b\n\nc', ['- a\n\n  b\n\n', 'c']],
    ['inside indented code', '    a\n\n    b\n\nc', ['    a\n\n    b\n\n', 'c']],
    ['between list items', '- a\n\n- b\n\nc', ['- a\n\n- b\n\n', 'c']],
    ['inside front matter', '---\na: 1\n\nb: 2\n---\n\nc', ['---\na: 1\n\nb: 2\n---\n\n', 'c']],
    ['in a source that opens front matter and never closes it', '---\n\n> a\n\nb', ['---\n\n> a\n\nb']],
    ['inside front matter with CRLF and spaces after the fences', '--- \r\na: 1\r\n\r\n---\t\r\n\r\nc', ['--- \r\na: 1\r\n\r\n---\t\r\n\r\n', 'c']],
  ])('never cuts %s', (_name, src, expected) => {
    expect(pieces(src, 1)).toEqual(expected);
  });
});

describe('parseMarkdown in chunks', () => {
  it('gives the same segments and directives as parsing the whole (few hundred KB)', () => {
    const src = generateMarkdown(400_000, 7);
    expect(src.length).toBeGreaterThan(400_000);
    expect(splitMarkdown(src).length).toBeGreaterThan(1);
    expect(splitMarkdown(src, 16_384).length).toBeGreaterThan(20);
    const whole = parseMarkdown(src, { chunkSize: Infinity });
    const chunked = parseMarkdown(src); // default: 256 KiB pieces
    const small = parseMarkdown(src, { chunkSize: 16_384 });
    const expected = flatten(whole.segments);
    expect(expected.length).toBeGreaterThan(1000);
    expect(flatten(chunked.segments)).toEqual(expected);
    expect(flatten(small.segments)).toEqual(expected);
    expect(small.directives).toEqual(whole.directives);
    for (const seg of small.segments) expect(mapViolations(src, seg)).toEqual([]);
  });

  it('is the same with CRLF, a BOM and front matter', () => {
    const src = '\uFEFF---\r\ndate: 2021-02-01\r\n---\r\n\r\n' + generateMarkdown(60_000, 3, '\r\n');
    const whole = parseMarkdown(src, { chunkSize: Infinity });
    const chunked = parseMarkdown(src, { chunkSize: 2_000 });
    expect(chunked.frontmatter).toEqual({ date: '2021-02-01' });
    expect(flatten(chunked.segments)).toEqual(flatten(whole.segments));
    expect(chunked.directives).toEqual(whole.directives);
  });

  it('keeps long front matter with blank lines in the first piece', () => {
    const yaml = Array.from({ length: 1000 }, (_, i) => `key${i}: value ${i}\n\n`).join('');
    expect(yaml.length).toBeGreaterThan(2 * PIECE_SIZE);
    const src = `---\ndate: 2024-05-01\n${yaml}---\n\nThe Party Committee met.\n\n${'More text.\n\n'.repeat(2000)}`;
    const chunked = parseMarkdown(src);
    expect(chunked.frontmatter).toEqual(expect.objectContaining({ date: '2024-05-01' }));
    expect(flatten(chunked.segments)).toEqual(flatten(parseMarkdown(src, { chunkSize: Infinity }).segments));
    expect(chunked.segments[0]?.text).toBe('The Party Committee met.');
  });

  it('reads front matter only at the very start', () => {
    const src = 'Intro.\n\n---\ntitle: not front matter\n---\n\nText.';
    const whole = parseMarkdown(src, { chunkSize: Infinity });
    const chunked = parseMarkdown(src, { chunkSize: 1 });
    expect(chunked.frontmatter).toBeUndefined();
    expect(flatten(chunked.segments)).toEqual(flatten(whole.segments));
  });

  it('joins a chunk left inside a fence the line scanner misread', () => {
    // The scanner takes the indented "  ```" in the list item for a top-level fence, so it believes
    // the real fence below is a closing one and offers a cut inside it; the parsed chunk then ends
    // in an open fence and is joined with the next.
    const src = '- a\n\n  ```\n  code\nfoo\n\n```\nreal code\n\nParty Committee in code\n```\n\nafter';
    const whole = parseMarkdown(src, { chunkSize: Infinity });
    const chunked = parseMarkdown(src, { chunkSize: 1 });
    expect(whole.segments.map((s) => s.text)).toEqual(['a', 'foo', 'after']);
    expect(flatten(chunked.segments)).toEqual(flatten(whole.segments));
  });

  it('carries an ignore-next across a cut', () => {
    const src = '<!-- thuatngu-ignore-next -->\n\nCovered.\n\nNot covered.';
    const chunked = parseMarkdown(src, { chunkSize: 1 });
    expect(chunked.directives[0]?.range).toEqual([31, 39]);
    expect(chunked.directives).toEqual(parseMarkdown(src, { chunkSize: Infinity }).directives);
  });

  it('by default parses an article without definitions in small pieces, with the same result', () => {
    const src = generateMarkdown(60_000, 5);
    expect(src).not.toContain(']:');
    expect(pieceSizeFor(src)).toBe(PIECE_SIZE);
    expect(splitMarkdown(src, PIECE_SIZE).length).toBeGreaterThan(5);
    const whole = parseMarkdown(src, { chunkSize: Infinity });
    const byDefault = parseMarkdown(src);
    expect(flatten(byDefault.segments)).toEqual(flatten(whole.segments));
    expect(byDefault.directives).toEqual(whole.directives);
  });

  it('by default keeps a document that may hold definitions whole up to 256 KiB', () => {
    const filler = 'The Provincial Party Committee met on Monday.\n\n'.repeat(800);
    expect(filler.length).toBeGreaterThan(4 * PIECE_SIZE);
    for (const definition of ['[nd]: https://nhandan.vn', '[^nd]: Nhan Dan, 3 May 2024.']) {
      const src = `[Nhan Dan][nd] and a note[^nd].\n\n${filler}${definition}\n`;
      expect(pieceSizeFor(src)).toBe(DEFAULT_CHUNK_SIZE);
      expect(flatten(parseMarkdown(src).segments)).toEqual(flatten(parseMarkdown(src, { chunkSize: Infinity }).segments));
    }
    expect(parseMarkdown(`[Nhan Dan][nd]\n\n${filler}[nd]: https://nhandan.vn\n`).segments[0]?.text).toBe('Nhan Dan');
  });

  it('loses reference definitions across chunks (documented)', () => {
    const src = '[Nhan Dan][nd]\n\n[nd]: https://nhandan.vn';
    expect(parseMarkdown(src, { chunkSize: Infinity }).segments[0]?.text).toBe('Nhan Dan');
    expect(parseMarkdown(src, { chunkSize: 1 }).segments[0]?.text).toBe('[Nhan Dan][nd]');
  });
});
