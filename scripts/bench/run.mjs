/**
 * `npm run bench`: every benchmark of the project in one run, printed as a table and as JSON
 * (`.bench-data/results.json`). BENCH_FULL=1 adds the slow anchor runs (textlint with 10,000 terms).
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchGlossary } from './glossary.mjs';
import { DEFAULT_OUT } from './corpus.mjs';
import { benchChecking, reportChecking } from './markdown.mjs';
import { benchBilingual } from './bilingual.mjs';

const fmt = (ms) => `${ms.toFixed(2)} ms`;
const g = benchGlossary();
console.log('Glossary');
console.log(`  load of thuatngu/glossary (import + compile, median of 10 fresh processes): ${fmt(g.loadMs.total)}  (import ${fmt(g.loadMs.import)}, compile ${fmt(g.loadMs.compile)})   target < 50 ms`);
console.log(`  for comparison: the whole library ${fmt(g.loadMs.fullLibrary)}; \`thuatngu lookup\` from a cold start, wall ${fmt(g.cliLookupMs)}`);
console.log(`  lookup over ${g.queries} queries × 20 rounds: median ${fmt(g.lookupMs.median)}, p95 ${fmt(g.lookupMs.p95)}, max ${fmt(g.lookupMs.max)}   target median < 2 ms`);
console.log('');

const checking = await benchChecking();
reportChecking(checking);

const b = benchBilingual();
console.log('\nBilingual (median of 3 fresh processes, check time only)');
console.log(`  i18next: ${b.i18next.files} file pairs, ${b.i18next.keys} keys, ${b.i18next.mb.toFixed(1)} MB: ${(b.i18next.ms / 1000).toFixed(2)} s = ${b.i18next.mbPerS.toFixed(1)} MB/s, ${b.i18next.messages} messages`);
console.log(`  gettext PO: ${b.po.entries} entries, ${b.po.mb.toFixed(1)} MB: ${(b.po.ms / 1000).toFixed(2)} s = ${b.po.mbPerS.toFixed(1)} MB/s, ${b.po.messages} messages`);

fs.mkdirSync(DEFAULT_OUT, { recursive: true });
const resultsFile = path.join(DEFAULT_OUT, 'results.json');
fs.writeFileSync(resultsFile, JSON.stringify({ glossary: g, checking, bilingual: b }, null, 1));
console.log(`\nResults as JSON: ${path.relative(process.cwd(), resultsFile)}`);
