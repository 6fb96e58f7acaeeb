/**
 * The checking benchmark in one warm process: the files are read into memory once, each glossary
 * compiled once, and every job runs twice untimed before the timed rounds, so that what is left is
 * the cost per pass once the code is compiled and the caches are filled — what a long-running
 * process (the remark plugin in a site build, an editor, a watch mode) pays for each pass. The
 * fresh-process rows of the benchmark add the warm-up that every run of the command line pays.
 *
 * Jobs in each round, in turn: the floor (remark-parse), then check() with each glossary. Prints
 * one JSON line: per job the median time of a pass, and the medians over rounds of its time over
 * the floor's in the same round (`overFloor`) and over the first glossary's (`overFirst`).
 *
 * Usage: node scripts/bench/warm.mjs [--rounds=N] <dir> <glossary.json>...
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownFiles } from './files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { check, compileGlossary } = await import(path.join(root, 'dist', 'index.js'));
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');

const args = process.argv.slice(2);
const roundsArg = args.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 5;
const [dir, ...glossaryFiles] = args.filter((a) => !a.startsWith('--'));
const texts = markdownFiles([dir]).map((f) => fs.readFileSync(f, 'utf8'));

const parser = unified().use(remarkParse);
const jobs = { floor: () => texts.reduce((n, t) => n + parser.parse(t).children.length, 0) };
for (const file of glossaryFiles) {
  const glossary = compileGlossary({ concepts: JSON.parse(fs.readFileSync(file, 'utf8')), places: [] });
  const terms = /glossary-(\d+)\.json$/.exec(file)?.[1] ?? path.basename(file);
  jobs[`thuatngu-${terms}`] = () => texts.reduce((n, t) => n + check(t, { glossary }).messages.length, 0);
}

const time = (job) => {
  const start = performance.now();
  const count = job();
  return { ms: performance.now() - start, count };
};
for (let i = 0; i < 2; i++) for (const job of Object.values(jobs)) job();
const ms = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
const ratios = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
const overFirst = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
const first = Object.keys(jobs)[1];
const counts = {};
for (let r = 0; r < rounds; r++) {
  let floorMs = NaN;
  let firstMs = NaN;
  for (const [name, job] of Object.entries(jobs)) {
    const t = time(job);
    if (name === 'floor') floorMs = t.ms;
    if (name === first) firstMs = t.ms;
    ms[name].push(t.ms);
    ratios[name].push(t.ms / floorMs);
    if (name !== 'floor') overFirst[name].push(t.ms / firstMs);
    counts[name] = t.count;
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const out = { files: texts.length, chars: texts.reduce((n, t) => n + t.length, 0), rounds, jobs: {} };
for (const name of Object.keys(jobs)) {
  out.jobs[name] = { ms: median(ms[name]), overFloor: median(ratios[name]), count: counts[name] };
  if (name !== 'floor') out.jobs[name].overFirst = median(overFirst[name]);
}
console.log(JSON.stringify(out));
