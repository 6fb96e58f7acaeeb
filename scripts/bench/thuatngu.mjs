/**
 * thuatngu's side of the checking benchmark: read each file and run check() from the built
 * package with a glossary compiled from synthetic terms (or the built-in one). Prints one JSON
 * line: files, characters, messages by rule, and in-process timings.
 *
 * Usage: node scripts/bench/thuatngu.mjs --glossary=<glossary-N.json|builtin> [--format=markdown|text]
 *        [--concat] [--passes=N] <file|dir>...
 *   --concat  join all files into one string and check it once (with --format=text: plain-text throughput)
 *   --passes  check the files N times (default 1; instructions.mjs uses it to count warm passes);
 *             the figures printed are the sums over all passes
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownFiles } from './files.mjs';

const t0 = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { check, compileGlossary, getBuiltinGlossary } = await import(path.join(root, 'dist', 'index.js'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const format = option('format', 'markdown');
const glossaryArg = option('glossary', 'builtin');
const concat = args.includes('--concat');
const passes = Number(option('passes', '1'));
const files = markdownFiles(args.filter((a) => !a.startsWith('--')));

const t1 = performance.now();
const glossary =
  glossaryArg === 'builtin'
    ? getBuiltinGlossary()
    : compileGlossary({ concepts: JSON.parse(fs.readFileSync(glossaryArg, 'utf8')), places: [] });
const t2 = performance.now();

const byRule = {};
let messages = 0;
let chars = 0;
let checkMs = 0;
const run = (text, filePath) => {
  chars += text.length;
  const start = performance.now();
  const result = check(text, { format, glossary, filePath });
  checkMs += performance.now() - start;
  messages += result.messages.length;
  for (const m of result.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
};
for (let pass = 0; pass < passes; pass++) {
  if (concat) {
    run(files.map((f) => fs.readFileSync(f, 'utf8')).join('\n'), '<concatenated>');
  } else {
    for (const file of files) run(fs.readFileSync(file, 'utf8'), file);
  }
}
const t3 = performance.now();
// What the run still holds once it is over (run with --expose-gc): files are checked one at a
// time, so this should not grow with the number of files. Peak RSS also holds whatever heap V8
// chose to keep around.
let retainedKiB;
if (typeof globalThis.gc === 'function') {
  globalThis.gc();
  retainedKiB = Math.round(process.memoryUsage().heapUsed / 1024);
}
console.log(
  JSON.stringify({
    files: files.length,
    chars,
    messages,
    byRule,
    importMs: t1 - t0,
    compileMs: t2 - t1,
    checkMs,
    totalMs: t3 - t0,
    maxRssKiB: process.resourceUsage().maxRSS,
    retainedKiB,
  }),
);
