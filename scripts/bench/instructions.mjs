/**
 * Instructions, not seconds: runs scripts/bench/thuatngu.mjs (read each file, check() it) under
 * valgrind's cachegrind and prints how many instructions the process executed. On a shared
 * machine wall-clock figures move by 5–10 % between identical runs; the instruction count of the
 * same command repeats to well under 1 %, so two builds can be compared one run each (check out
 * and build each, run this on both). V8 runs with --single-threaded, so that it compiles on the
 * main thread and compiling is counted too. Wall time under valgrind is ~50× a normal run: use a
 * small folder (ten files of the benchmark corpus, ~200 KB, take about a minute).
 *
 * Not part of `npm run bench`: it needs valgrind (Debian: `apt-get install valgrind`).
 *
 * Usage: node scripts/bench/instructions.mjs [--glossary=<glossary-N.json|builtin>] [--passes=N] <file|dir>...
 *   --passes  check the files N times in the one process (default 1); the difference between
 *             --passes=3 and --passes=1 is what two passes cost once the code is warm.
 * Prints one JSON line: instructions of the run, and of bare `node -e 0` for reference.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) {
  process.stderr.write('instructions.mjs needs valgrind on the PATH (Debian: apt-get install valgrind).\n');
  process.exit(2);
}
if (!args.some((a) => !a.startsWith('--'))) {
  process.stderr.write('Usage: node scripts/bench/instructions.mjs [--glossary=<file|builtin>] [--passes=N] <file|dir>...\n');
  process.exit(2);
}

/** Instructions executed by `node <argv>`, counted by cachegrind. */
function instructions(argv) {
  const r = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', ...argv],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`valgrind run failed (exit ${r.status}): ${(r.stderr ?? '').slice(-1000)}`);
  return Number(m[1].replaceAll(',', ''));
}

const run = instructions([path.join(here, 'thuatngu.mjs'), ...args]);
const bare = instructions(['-e', '0']);
console.log(JSON.stringify({ instructions: run, bareNode: bare, args }));
