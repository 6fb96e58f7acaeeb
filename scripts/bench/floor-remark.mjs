/**
 * The floor of the checking benchmark: read each file and parse it with unified + remark-parse,
 * nothing else. Prints one JSON line: files, characters and top-level nodes.
 * With --gfm, remark-gfm is added (not the floor: a reference row that shows what GFM syntax costs,
 * since the checker parses with it).
 * Usage: node scripts/bench/floor-remark.mjs [--gfm] <file|dir>...
 */
import fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownFiles } from './files.mjs';

const args = process.argv.slice(2);
const parser = unified().use(remarkParse);
if (args.includes('--gfm')) parser.use((await import('remark-gfm')).default);
const files = markdownFiles(args.filter((a) => !a.startsWith('--')));
let chars = 0;
let nodes = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  chars += text.length;
  nodes += parser.parse(text).children.length;
}
console.log(JSON.stringify({ files: files.length, chars, nodes, maxRssKiB: process.resourceUsage().maxRSS }));
