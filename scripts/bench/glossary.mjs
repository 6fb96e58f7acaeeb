/**
 * Benchmark: the compiled glossary's load time (fresh processes) and lookup latency (median and
 * p95 per query over a fixed query list). Run through `npm run bench` (needs `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist', 'glossary.js');
const distFull = join(root, 'dist', 'index.js');
const cli = join(root, 'dist', 'cli.js');

const QUERIES = [
  'ban dan van tinh uy', 'Ban Dân vận Tỉnh uỷ', 'HĐND tỉnh', 'UBND', 'Mass Mobilization Commission',
  'Central Committee for Mass Mobilization', 'bo tai nguyen va moi truong', 'Politburo', "people's council deputy",
  'Mặt trận Tổ quốc', 'Ministry of Home Affairs', 'Bộ Nội vụ', 'National Assembly Standing Committee',
  'Quang Tri Provincial Party Committee', 'Chủ tịch nước', 'State President', 'site clearance', 'giải phóng mặt bằng',
  'Fatherland Frnt', 'Politbureau', 'commune-level administrative units', 'đơn vị hành chính cấp xã', 'Secretariat',
  'Central Inspection Commission', 'Ủy ban Kiểm tra Trung ương', 'Prime Minister', 'Thủ tướng Chính phủ',
  'People’s Procuracy', 'toa an nhan dan toi cao', 'Skilled mass mobilization',
];

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => pct([...xs].sort((a, b) => a - b), 50);

export function benchGlossary({ loadRuns = 10, lookupRounds = 20 } = {}) {
  // Load: import the package and compile the built-in glossary in a fresh process, timed inside it.
  const script = `const t0=performance.now();const m=await import(${JSON.stringify(dist)});const t1=performance.now();m.getBuiltinGlossary();const t2=performance.now();console.log(JSON.stringify({importMs:t1-t0,compileMs:t2-t1}))`;
  const loads = [];
  for (let i = 0; i < loadRuns; i++) {
    loads.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  const importMs = median(loads.map((l) => l.importMs));
  const compileMs = median(loads.map((l) => l.compileMs));
  // For comparison: the whole library (Markdown parser, YAML loader, schema) and a CLI lookup.
  const fullScript = script.replace(JSON.stringify(dist), JSON.stringify(distFull));
  const full = [];
  for (let i = 0; i < loadRuns; i++) {
    const l = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', fullScript], { encoding: 'utf8' }));
    full.push(l.importMs + l.compileMs);
  }
  const cliRuns = [];
  for (let i = 0; i < loadRuns; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [cli, 'lookup', 'HĐND tỉnh'], { encoding: 'utf8' });
    cliRuns.push(performance.now() - t);
  }

  // Lookup: warm, each query timed on its own.
  const script2 = `const m=await import(${JSON.stringify(dist)});const q=${JSON.stringify(QUERIES)};
m.lookup(q[0]);const times=[];for(let r=0;r<${lookupRounds};r++)for(const x of q){const t=performance.now();m.lookup(x);times.push(performance.now()-t)}
console.log(JSON.stringify({times}))`;
  const { times } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script2], { encoding: 'utf8' }));
  const sorted = [...times].sort((a, b) => a - b);
  return {
    queries: QUERIES.length,
    loadMs: { import: importMs, compile: compileMs, total: importMs + compileMs, fullLibrary: median(full) },
    cliLookupMs: median(cliRuns),
    lookupMs: { median: pct(sorted, 50), p95: pct(sorted, 95), max: sorted.at(-1) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = benchGlossary();
  console.log(JSON.stringify(r, null, 2));
}
