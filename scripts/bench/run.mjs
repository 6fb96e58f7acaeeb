/**
 * `npm run bench`: every benchmark of the project in one run, printed as a table and as JSON.
 */
import { benchGlossary } from './glossary.mjs';

const fmt = (ms) => `${ms.toFixed(2)} ms`;
const g = benchGlossary();
console.log('Glossary');
console.log(`  load (import + compile, median of 10 fresh processes): ${fmt(g.loadMs.total)}  (import ${fmt(g.loadMs.import)}, compile ${fmt(g.loadMs.compile)})   target < 50 ms`);
console.log(`  lookup over ${g.queries} queries × 20 rounds: median ${fmt(g.lookupMs.median)}, p95 ${fmt(g.lookupMs.p95)}, max ${fmt(g.lookupMs.max)}   target median < 2 ms`);
