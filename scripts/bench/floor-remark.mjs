/**
 * The floor of the checking benchmark: read each file and parse it with unified + remark-parse,
 * nothing else. Prints one JSON line: files, characters and top-level nodes.
 * With --gfm, remark-gfm is added (not the floor: a reference row that shows what GFM syntax costs,
 * since the checker parses with it).
 * With --events, only micromark runs: the tokeniser inside remark-parse, without the tree it builds
 * (a reference row: the least any checker that reads Markdown through remark-parse can cost; it
 * prints events instead of nodes).
 * Usage: node scripts/bench/floor-remark.mjs [--gfm | --events] <file|dir>...
 */
import fs from 'node:fs';
import { markdownFiles } from './files.mjs';

const args = process.argv.slice(2);
const files = markdownFiles(args.filter((a) => !a.startsWith('--')));
let chars = 0;
let count = 0;
if (args.includes('--events')) {
  const { parse, postprocess, preprocess } = await import('micromark');
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    chars += text.length;
    count += postprocess(parse().document().write(preprocess()(text, undefined, true))).length;
  }
  console.log(JSON.stringify({ files: files.length, chars, events: count, maxRssKiB: process.resourceUsage().maxRSS }));
} else {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse);
  if (args.includes('--gfm')) parser.use((await import('remark-gfm')).default);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    chars += text.length;
    count += parser.parse(text).children.length;
  }
  console.log(JSON.stringify({ files: files.length, chars, nodes: count, maxRssKiB: process.resourceUsage().maxRSS }));
}
