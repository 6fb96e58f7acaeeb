/**
 * `npm run bench`: every benchmark of the project in one run, printed as a table and as JSON
 * (`.bench-data/results.json`). BENCH_FULL=1 adds the slow anchor runs (textlint with 10,000 terms).
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchGlossary } from './glossary.mjs';
import { DEFAULT_OUT } from './corpus.mjs';
import { benchChecking, reportChecking } from './markdown.mjs';

const fmt = (ms) => `${ms.toFixed(2)} ms`;
const g = benchGlossary();
console.log('Glossary');
console.log(`  load (import + compile, median of 10 fresh processes): ${fmt(g.loadMs.total)}  (import ${fmt(g.loadMs.import)}, compile ${fmt(g.loadMs.compile)})   target < 50 ms`);
console.log(`  lookup over ${g.queries} queries × 20 rounds: median ${fmt(g.lookupMs.median)}, p95 ${fmt(g.lookupMs.p95)}, max ${fmt(g.lookupMs.max)}   target median < 2 ms`);
console.log('');

const checking = await benchChecking();
reportChecking(checking);

fs.mkdirSync(DEFAULT_OUT, { recursive: true });
const resultsFile = path.join(DEFAULT_OUT, 'results.json');
fs.writeFileSync(resultsFile, JSON.stringify({ glossary: g, checking }, null, 1));
console.log(`\nResults as JSON: ${path.relative(process.cwd(), resultsFile)}`);
