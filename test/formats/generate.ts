/** A deterministic generator of Markdown documents for the chunking tests. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Provincial', 'Party', 'Committee', 'People’s', 'Council', 'Vietnam', 'Fatherland', 'Front', 'Tỉnh', 'ủy',
  'National', 'Assembly', 'the', 'of', 'and', 'met', 'on', 'Monday', 'Secretary', 'Mass', 'Mobilisation',
  'Commission', 'Hà', 'Nội', 'delegates', 'resolution', '😀', 'Đà', 'Nẵng',
];

/**
 * Blocks chosen to stress the chunker: fences holding blank lines (and shorter fences inside
 * longer ones), loose lists with indented continuations, tables, HTML blocks with blank lines,
 * indented code, block quotes, directives. No reference definitions or footnotes (those only
 * resolve within a chunk, by design).
 */
export function generateMarkdown(targetLength: number, seed = 1, eol = '\n'): string {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const inline = (): string => {
    const w = words(int(3, 10));
    switch (int(0, 7)) {
      case 0: return `**${w}**`;
      case 1: return `*${w}* \`code\``;
      case 2: return `[${w}](https://example.org/${int(1, 99)} "t")`;
      case 3: return `${w} &amp; ${w}`;
      case 4: return `${w} \\* <span>x</span>`;
      case 5: return `${w} https://nhandan.vn/a${int(1, 9)}`;
      case 6: return `![${w}](img.png)`;
      default: return w;
    }
  };
  const lines = (n: number, prefix = ''): string[] => Array.from({ length: n }, () => prefix + inline());
  const blocks: Array<() => string[]> = [
    () => lines(int(1, 4)),
    () => [`${'#'.repeat(int(1, 4))} ${words(int(2, 6))}`],
    () => {
      const fence = pick(['```', '~~~', '````']);
      const body = [words(3), '', words(4), '', '```', words(2), '', '~~~~~~ not a close', words(1)];
      const inner = fence === '````' ? body : body.filter((l) => !l.startsWith(fence[0]!));
      return [`${fence} info`, ...inner, fence];
    },
    () => [`- ${inline()}`, `  ${inline()}`, '', `  ${inline()}`, '', `- ${inline()}`, `  1. ${inline()}`],
    () => [`1. ${inline()}`, '', `2. ${inline()}`, '', '   ```', '   code', '', '   more', '   ```'],
    () => ['| A | B |', '| --- | :-: |', ...Array.from({ length: int(1, 5) }, () => `| ${words(3)} | ${inline()} |`)],
    () => ['<!--', words(3), '', words(2), '-->'],
    () => ['<pre>', words(3), '', words(3), '</pre>'],
    () => ['    indented code', '', '    still code'],
    () => lines(int(1, 3), '> '),
    () => ['<!-- thuatngu-ignore-next -->', '', words(5)],
    () => ['<!-- thuatngu-disable deprecated-term -->'],
    () => ['***'],
  ];
  const out: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const block = pick(blocks)().join(eol) + eol + eol;
    out.push(block);
    length += block.length;
  }
  return out.join('');
}
