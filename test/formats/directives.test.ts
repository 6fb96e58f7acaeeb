import { describe, expect, it } from 'vitest';
import { isSuppressed, parseDirectives, parseMarkdown, parseText } from '../../src/formats/index.js';

describe('parseDirectives', () => {
  it.each([
    ['<!-- thuatngu-disable -->', [{ kind: 'disable', rules: [], offset: 10 }]],
    ['<!--thuatngu-disable deprecated-term term-case-->', [{ kind: 'disable', rules: ['deprecated-term', 'term-case'], offset: 10 }]],
    ['<!-- thuatngu-enable near-miss, term-case -->', [{ kind: 'enable', rules: ['near-miss', 'term-case'], offset: 10 }]],
    ['<!-- thuatngu-ignore-next -->', [{ kind: 'ignore-next', rules: [], offset: 10 }]],
    ['<!-- thuatngu-disabled -->', []],
    ['<!-- other comment -->', []],
    ['<div>thuatngu-disable</div>', []],
  ])('%j', (html, expected) => {
    expect(parseDirectives(html, 10)).toEqual(expected);
  });
});

describe('directives in Markdown', () => {
  it('reads block comments and sets the range of ignore-next to the next block', () => {
    const src = [
      '<!-- thuatngu-disable deprecated-term -->',
      '',
      'Para one.',
      '',
      '<!-- thuatngu-ignore-next -->',
      '- list item one',
      '- list item two',
      '',
      '<!-- thuatngu-enable -->',
      'Last.',
    ].join('\n');
    const doc = parseMarkdown(src);
    const listStart = src.indexOf('- list');
    const listEnd = src.indexOf('two') + 3;
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['deprecated-term'], offset: 0 },
      { kind: 'ignore-next', rules: [], offset: src.indexOf('<!-- thuatngu-ignore-next'), range: [listStart, listEnd] },
      { kind: 'enable', rules: [], offset: src.indexOf('<!-- thuatngu-enable') },
    ]);
    expect(doc.segments.map((s) => s.text)).toEqual(['Para one.', 'list item one', 'list item two', 'Last.']);
  });

  it('reads inline comments; ignore-next then covers the block after the paragraph', () => {
    const src = 'Text <!-- thuatngu-ignore-next term-case --> here.\n\n# Next heading\n\nAfter.';
    const doc = parseMarkdown(src);
    const h = src.indexOf('# Next');
    expect(doc.directives).toEqual([
      { kind: 'ignore-next', rules: ['term-case'], offset: 5, range: [h, h + '# Next heading'.length] },
    ]);
    expect(doc.segments[0]?.text).toBe('Text \uFFFC here.');
  });

  it('skips other comments when looking for the next block', () => {
    const src = '<!-- thuatngu-ignore-next -->\n<!-- a note -->\n\nThe paragraph.';
    const doc = parseMarkdown(src);
    const p = src.indexOf('The');
    expect(doc.directives[0]?.range).toEqual([p, src.length]);
  });

  it('leaves range unset when nothing follows', () => {
    expect(parseMarkdown('Text.\n\n<!-- thuatngu-ignore-next -->\n').directives[0]?.range).toBeUndefined();
  });

  it('has no directives in plain text', () => {
    expect(parseText('<!-- thuatngu-disable -->\nText').directives).toEqual([]);
  });
});

describe('isSuppressed', () => {
  const src = [
    'A.', // 0
    '<!-- thuatngu-disable deprecated-term -->',
    '',
    'B.',
    '<!-- thuatngu-ignore-next term-case -->',
    'C.',
    '',
    '<!-- thuatngu-enable -->',
    'D.',
  ].join('\n');
  const { directives } = parseMarkdown(src);
  const at = (s: string): number => src.indexOf(s);
  it('applies disable and enable in order', () => {
    expect(isSuppressed(directives, 'deprecated-term', at('A.'))).toBe(false);
    expect(isSuppressed(directives, 'deprecated-term', at('B.'))).toBe(true);
    expect(isSuppressed(directives, 'term-case', at('B.'))).toBe(false);
    expect(isSuppressed(directives, 'deprecated-term', at('D.'))).toBe(false);
  });
  it('applies ignore-next to its range only', () => {
    expect(isSuppressed(directives, 'term-case', at('C.'))).toBe(true);
    expect(isSuppressed(directives, 'near-miss', at('C.'))).toBe(false);
    expect(isSuppressed(directives, 'term-case', at('D.'))).toBe(false);
  });
});
