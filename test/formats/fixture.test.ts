import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLocator, parseMarkdown, toSourceOffset } from '../../src/formats/index.js';
import { mapViolations } from './helpers.js';

const here = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('fixture: a news article', () => {
  const src = readFileSync(here('news.md'), 'utf8');
  const expected = JSON.parse(readFileSync(here('news.expected.json'), 'utf8')) as {
    frontmatter: Record<string, unknown>;
    directives: unknown[];
    segments: Array<[string, string, number, number]>;
  };

  for (const [name, source] of [
    ['LF', src],
    ['CRLF', src.replace(/\n/g, '\r\n')],
  ] as const) {
    it(`gives the expected segments, positions and directives (${name})`, () => {
      const doc = parseMarkdown(source);
      const loc = createLocator(source);
      const eol = name === 'CRLF' ? '\r\n' : '\n';
      expect(
        doc.segments.map((s) => {
          const p = loc.point(toSourceOffset(s, 0));
          return [s.kind, s.text.replace(/\r\n/g, '\n'), p.line, p.column];
        }),
      ).toEqual(expected.segments);
      expect(doc.frontmatter).toEqual(expected.frontmatter);
      expect(doc.directives).toHaveLength(1);
      const covered = source.slice(...doc.directives[0]!.range!);
      expect(covered.startsWith('Delegates quoted')).toBe(true);
      expect(covered.endsWith('2019 report.')).toBe(true);
      expect(source.slice(doc.directives[0]!.offset).startsWith(`<!-- thuatngu-ignore-next deprecated-term -->${eol}`)).toBe(true);
      for (const seg of doc.segments) expect(mapViolations(source, seg)).toEqual([]);
    });
  }
});
