import { describe, expect, it } from 'vitest';
import { createLocator, parseMarkdown, sourceSpan, toSourceOffset } from '../../src/formats/index.js';
import { mapViolations, sourceOfText } from './helpers.js';

/** [kind, text] of every segment. */
function texts(source: string): Array<[string, string]> {
  return parseMarkdown(source).segments.map((s) => [s.kind, s.text]);
}

/** Source offset of every segment's first character. */
function starts(source: string): number[] {
  return parseMarkdown(source).segments.map((s) => toSourceOffset(s, 0));
}

function expectExactMap(source: string): void {
  for (const seg of parseMarkdown(source).segments) expect(mapViolations(source, seg)).toEqual([]);
}

describe('parseMarkdown: blocks become segments', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['paragraph', 'The Provincial Party Committee met.', [['paragraph', 'The Provincial Party Committee met.']]],
    ['two paragraphs', 'One.\n\nTwo.', [['paragraph', 'One.'], ['paragraph', 'Two.']]],
    ['ATX heading', '## Vietnam Fatherland Front ##', [['heading', 'Vietnam Fatherland Front']]],
    ['setext heading', 'National Assembly\n=================', [['heading', 'National Assembly']]],
    ['list items', '- Politburo\n- Secretariat', [['paragraph', 'Politburo'], ['paragraph', 'Secretariat']]],
    ['nested list', '1. Outer\n   - Inner item', [['paragraph', 'Outer'], ['paragraph', 'Inner item']]],
    ['task list', '- [x] Done item', [['paragraph', 'Done item']]],
    ['blockquote', '> Quoted\n> text', [['paragraph', 'Quoted\ntext']]],
    ['footnote', 'Text[^1] here.\n\n[^1]: The note.', [['paragraph', 'Text here.'], ['paragraph', 'The note.']]],
    ['thematic break only', '***', []],
    ['empty', '', []],
    ['only whitespace', '  \n\t\n', []],
  ];
  it.each(cases)('%s', (_name, source, expected) => {
    expect(texts(source)).toEqual(expected);
    expectExactMap(source);
  });
});

describe('parseMarkdown: inline markup is removed, terms stay whole', () => {
  it('joins a term split by emphasis', () => {
    const src = '**Vietnam** Fatherland Front';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('Vietnam Fatherland Front');
    expect(seg?.map).toEqual([[0, 2], [7, 11]]);
    expect(sourceSpan(seg!, 0, seg!.text.length)).toEqual([2, src.length]);
  });

  it('keeps a soft line break inside a term, mapped exactly', () => {
    const src = 'The Provincial Party\nCommittee met.';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('The Provincial Party\nCommittee met.');
    expect(seg?.map).toEqual([[0, 0]]);
  });

  it('drops the indentation of continuation lines in list items', () => {
    const src = '- The Provincial Party\n  Committee met.';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('The Provincial Party\nCommittee met.');
    const at = seg!.text.indexOf('Committee');
    expect(toSourceOffset(seg!, at)).toBe(src.indexOf('Committee'));
    expect(sourceOfText(src, seg!, 4, at + 9)).toBe('Provincial Party\n  Committee');
  });

  it.each([
    ['*emphasis* and __strong__', 'emphasis and strong'],
    ['~~struck~~ text', 'struck text'],
    ['a [People’s Council](https://example.org "title") member', 'a People’s Council member'],
    ['[Ministry of *Home* Affairs][moha]\n\n[moha]: https://moha.gov.vn', 'Ministry of Home Affairs'],
    ['***Party*** _Central_ Committee', 'Party Central Committee'],
  ])('%j → %j', (src, expected) => {
    expect(parseMarkdown(src).segments[0]?.text).toBe(expected);
    expectExactMap(src);
  });

  it('turns a hard break into its line ending', () => {
    expect(texts('Party  \nCommittee')).toEqual([['paragraph', 'Party\nCommittee']]);
    expect(texts('Party\\\nCommittee')).toEqual([['paragraph', 'Party\nCommittee']]);
    expectExactMap('Party  \nCommittee');
    expectExactMap('Party\\\r\nCommittee');
  });
});

describe('parseMarkdown: what is not prose', () => {
  it('skips fenced and indented code', () => {
    expect(texts('Before\n\n```js\nParty Committee\n```\n\n    indented code\n\nAfter')).toEqual([
      ['paragraph', 'Before'],
      ['paragraph', 'After'],
    ]);
  });

  it('puts a barrier where inline code or inline HTML was', () => {
    const src = 'Party `x` Committee and People<br>Council';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('Party \uFFFC Committee and People\uFFFCCouncil');
    expect(toSourceOffset(seg!, 6)).toBe(src.indexOf('`'));
    expect(toSourceOffset(seg!, seg!.text.indexOf('\uFFFCCouncil'))).toBe(src.indexOf('<br>'));
    expect(toSourceOffset(seg!, seg!.text.indexOf('Council'))).toBe(src.indexOf('Council'));
  });

  it('skips block HTML', () => {
    expect(texts('<div>\nParty Committee\n</div>\n\nText')).toEqual([['paragraph', 'Text']]);
  });

  it('skips URLs but keeps link text', () => {
    expect(texts('See https://nhandan.vn/a, www.vna.vn and <https://x.org>. [Nhan Dan](https://nhandan.vn).')).toEqual([
      ['paragraph', 'See \uFFFC, \uFFFC and \uFFFC. Nhan Dan.'],
    ]);
    expect(texts('Mail press@example.org today')).toEqual([['paragraph', 'Mail \uFFFC today']]);
  });

  it('finds a bare URL before a link that follows an unclosed bracket', () => {
    // `[t]()` is the link; `[www.x.vn ` stays text, with an autolink literal in it.
    expect(texts('[www.x.vn [t]()')).toEqual([['paragraph', '[\uFFFC t']]);
  });

  it('finds the URLs of a link whose bracket is escaped (it is no link)', () => {
    expect(texts('\\[https://a.vn](https://a.vn)')).toEqual([['paragraph', '[\uFFFC](\uFFFC)']]);
    expect(texts('[a\\](https://a.vn)')).toEqual([['paragraph', '[a](\uFFFC)']]);
  });

  it('maps alt text with links and brackets in it exactly', () => {
    const src = '![[[x]: ](u) *Party* [Front](v)](img.png)';
    const [alt] = parseMarkdown(src).segments;
    expect(alt?.text).toBe('[x]:  Party Front');
    expect([0, 1, 6, 12].map((i) => toSourceOffset(alt!, i))).toEqual([3, 4, 14, 22]);
  });

  it('keeps the words on both sides of a hard break in an alt text apart', () => {
    const doc = parseMarkdown('![Party\\\nCommittee](u.png)');
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([['alt', 'Party\nCommittee']]);
  });

  it('maps autolinks found inside emphasis and after a character reference exactly', () => {
    const src = 'x _a@b.co_ &#0;www.x.org&#39;# Party';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('x \uFFFC \uFFFD\uFFFC Party');
    // The e-mail address inside the emphasis at 3, the URL after the reference at 15, "Party" at 31.
    expect([2, 3, 4, 5, 6, 7].map((i) => toSourceOffset(seg!, i))).toEqual([3, 10, 11, 15, 30, 31]);
  });

  it('maps text around GFM autolink literals, whose split nodes have no positions', () => {
    const src = '# Party-->www.x.org Committee\\ and a@b.co';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('Party-->\uFFFC Committee\\ and');
    expect(toSourceOffset(seg!, seg!.text.indexOf('Committee'))).toBe(src.indexOf('Committee'));
    expect(toSourceOffset(seg!, seg!.text.indexOf('\uFFFC'))).toBe(src.indexOf('www'));
    expectExactMap(src);
  });

  it('skips definitions and front matter', () => {
    const src = '---\ntitle: Party Congress\ndate: 2021-01-25\n---\n\n[ref]: https://example.org\n\nBody text.';
    const doc = parseMarkdown(src);
    expect(doc.segments.map((s) => s.text)).toEqual(['Body text.']);
    expect(doc.frontmatter).toEqual({ title: 'Party Congress', date: '2021-01-25' });
    expect(doc.frontmatterError).toBeUndefined();
  });
});

describe('parseMarkdown: tables and images', () => {
  it('gives one segment per table cell with exact offsets', () => {
    const src = '| Vietnamese | English |\n| --- | --- |\n| Tỉnh ủy | Provincial **Party** Committee |\n| a \\| b | `code` only |';
    const doc = parseMarkdown(src);
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ['tableCell', 'Vietnamese'],
      ['tableCell', 'English'],
      ['tableCell', 'Tỉnh ủy'],
      ['tableCell', 'Provincial Party Committee'],
      ['tableCell', 'a | b'],
      ['tableCell', 'only'],
    ]);
    const cell = doc.segments[3]!;
    expect(toSourceOffset(cell, 0)).toBe(src.indexOf('Provincial'));
    expect(toSourceOffset(cell, cell.text.indexOf('Committee'))).toBe(src.indexOf('Committee'));
    // The escaped pipe maps to its backslash.
    expect(src[toSourceOffset(doc.segments[4]!, 2)]).toBe('\\');
    expectExactMap(src);
  });

  it('makes alt text its own segment and leaves a barrier in the paragraph', () => {
    const src = 'Delegates ![The *National* Assembly hall](hall.jpg "Hall") voted.';
    const doc = parseMarkdown(src);
    expect(doc.segments.map((s) => [s.kind, s.text])).toEqual([
      ['paragraph', 'Delegates \uFFFC voted.'],
      ['alt', 'The National Assembly hall'],
    ]);
    const alt = doc.segments[1]!;
    expect(toSourceOffset(alt, 0)).toBe(src.indexOf('The'));
    expect(toSourceOffset(alt, alt.text.indexOf('Assembly'))).toBe(src.indexOf('Assembly'));
    expectExactMap(src);
  });

  it('takes alt text of reference images too', () => {
    const src = '![Ba Dinh Hall][img]\n\n[img]: hall.png';
    expect(texts(src)).toEqual([['alt', 'Ba Dinh Hall']]);
    expect(starts(src)).toEqual([2]);
  });
});

describe('parseMarkdown: escapes and character references', () => {
  it.each([
    ['a \\* b', 'a * b', 2, '\\'],
    ['Ha Noi &amp; Hai Phong', 'Ha Noi & Hai Phong', 7, '&'],
    ['People&#39;s Council', "People's Council", 6, '&'],
    ['People&rsquo;s Council', 'People’s Council', 6, '&'],
    ['Smile &#x1F600; here', 'Smile 😀 here', 6, '&'],
  ])('%j decodes, and the decoded character maps to the start of the escape', (src, text, at, startChar) => {
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe(text);
    expect(src[toSourceOffset(seg!, at)]).toBe(startChar);
    // Everything after the escape maps back exactly.
    expect(toSourceOffset(seg!, text.length - 1)).toBe(src.length - 1);
    expect(mapViolations(src, seg!)).toEqual([]);
  });

  it('maps consecutive references and a two-code-point named reference', () => {
    const src = '&rsquo;&#39;&amp;Party &NotEqualTilde;&amp; x';
    const [seg] = parseMarkdown(src).segments;
    expect(seg?.text).toBe('’\'&Party ≂̸& x');
    expect(toSourceOffset(seg!, 3)).toBe(src.indexOf('Party'));
    expect(toSourceOffset(seg!, seg!.text.indexOf('& x'))).toBe(src.lastIndexOf('&amp;'));
    expect(toSourceOffset(seg!, seg!.text.length - 1)).toBe(src.length - 1);
  });

  it('keeps an unknown entity as written', () => {
    const [seg] = parseMarkdown('a &nosuch; b').segments;
    expect(seg?.text).toBe('a &nosuch; b');
    expect(seg?.map).toEqual([[0, 0]]);
  });
});

describe('parseMarkdown: positions with CRLF, BOM, emoji and NFD', () => {
  it('maps exactly with CRLF line endings and a BOM', () => {
    const src = '\uFEFF# Tiêu đề\r\n\r\nThe **Provincial** Party\r\nCommittee 😀 met.\r\n\r\n- Item\r\n  two\r\n';
    const doc = parseMarkdown(src);
    expect(doc.segments.map((s) => s.text)).toEqual([
      'Tiêu đề',
      'The Provincial Party\r\nCommittee 😀 met.',
      'Item\r\ntwo',
    ]);
    const loc = createLocator(src);
    const heading = doc.segments[0]!;
    expect(toSourceOffset(heading, 0)).toBe(3);
    expect(loc.point(toSourceOffset(heading, 0))).toEqual({ line: 1, column: 3, offset: 3 });
    const para = doc.segments[1]!;
    const met = para.text.indexOf('met');
    expect(loc.point(toSourceOffset(para, met))).toEqual({ line: 4, column: 14, offset: src.indexOf('met') });
    const committee = para.text.indexOf('Committee');
    expect(loc.point(toSourceOffset(para, committee))).toMatchObject({ line: 4, column: 1 });
    const item = doc.segments[2]!;
    expect(loc.point(toSourceOffset(item, item.text.indexOf('two')))).toMatchObject({ line: 7, column: 3 });
    expectExactMap(src);
  });

  it('reads front matter after a BOM', () => {
    const doc = parseMarkdown('\uFEFF---\ndate: 2020-03-01\n---\nText');
    expect(doc.frontmatter).toEqual({ date: '2020-03-01' });
    expect(starts('\uFEFF---\ndate: 2020-03-01\n---\nText')).toEqual([26]);
  });

  it('does not normalise NFD input', () => {
    const nfd = 'Ban Dân vận Tỉnh ủy, the **Mass Mobilisation** Commission'.normalize('NFD');
    const doc = parseMarkdown(nfd);
    expect(doc.segments[0]?.text).toBe(nfd.replace(/\*\*/g, ''));
    expect(doc.segments[0]?.text.normalize('NFC')).not.toBe(doc.segments[0]?.text);
    expect(toSourceOffset(doc.segments[0]!, doc.segments[0]!.text.indexOf('Commission'))).toBe(nfd.indexOf('Commission'));
    expectExactMap(nfd);
  });
});

describe('parseMarkdown: front matter', () => {
  it('keeps dates as YYYY-MM-DD strings', () => {
    const doc = parseMarkdown('---\ndate: 2019-12-31\ntags: [a, b]\n---\n');
    expect(doc.frontmatter).toEqual({ date: '2019-12-31', tags: ['a', 'b'] });
  });

  it('reports malformed YAML with line:column instead of throwing', () => {
    const doc = parseMarkdown('---\ntitle: ok\nbad: [unclosed\n---\n\nText');
    expect(doc.frontmatter).toBeUndefined();
    expect(doc.frontmatterError).toMatchObject({ line: 3 });
    expect(doc.frontmatterError!.detail).not.toBe('');
    expect(doc.segments.map((s) => s.text)).toEqual(['Text']);
  });

  it('reports front matter that is not a mapping', () => {
    expect(parseMarkdown('---\n- a\n- b\n---\n').frontmatterError).toEqual({ line: 2, column: 1, detail: '' });
  });

  it('gives an empty object for empty front matter', () => {
    expect(parseMarkdown('---\n---\nText').frontmatter).toEqual({});
  });
});

describe('parseMarkdown: does not throw', () => {
  it.each([
    ['lone surrogates', 'a \uD800 b \uDC00 **c\uD83D**'],
    ['NUL', 'a\0b'],
    ['binary-looking', '\x00\x01\x02\xff\ufffe\u200b```\x7f'],
    ['deep nesting', '> '.repeat(2000) + 'deep'],
    ['unclosed constructs', '```\n**[![<!--'],
  ])('%s', (_name, src) => {
    const doc = parseMarkdown(src);
    for (const seg of doc.segments) expect(mapViolations(src, seg)).toEqual([]);
  });
});

describe('parseMarkdown: one document after another', () => {
  it('forgets the link and footnote definitions of the previous document', () => {
    const later = 'See [x] and the note[^1] here.\n';
    const texts = (md: string) => parseMarkdown(md).segments.map((s) => s.text);
    expect(texts('[x]: https://a.vn\n\n[^1]: A note.\n\n' + later)).toEqual(['A note.', 'See x and the note here.']);
    expect(texts(later)).toEqual(['See [x] and the note[^1] here.']);
  });
});
