/**
 * The checking benchmark (DESIGN.md §8), run by `npm run bench` after `npm run build`.
 *
 * Every measurement is a separate child process timed from outside (wall clock around the
 * spawn; peak RSS from `/usr/bin/time -f %M` where present). Commands that are compared with each
 * other run interleaved (A B C A B C …) so that a noisy machine hurts each of them alike; the
 * table gives medians and the ratios are medians of the per-round ratios.
 *
 * Measured: the floor (read + remark-parse; for reference, with remark-gfm, and micromark alone,
 * the tokeniser inside it), thuatngu's check() with 100 / 1,000 / 10,000
 * synthetic terms and with the built-in glossary, large single files, plain-text throughput,
 * cold start of the CLI, and textlint + textlint-rule-terminology with the same terms. For
 * reference, warm.mjs times the floor and check() once more inside one process that has already
 * run them (the one measurement that is not a process of its own).
 * textlint with 10,000 terms (~8.5 min per MB) runs only with BENCH_FULL=1.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, ensureCorpus, GLOSSARY_SIZES } from './corpus.mjs';
import { countCompactMessages, writeTextlintConfigs } from './textlint.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const data = DEFAULT_OUT;
const node = process.execPath;
const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);
const hasTimeout = spawnSync('timeout', ['--version'], { stdio: 'ignore' }).status === 0;

/** The anchors of /work/shared/bench/README.md (same kind of machine), for the runs skipped here. */
export const ANCHORS = {
  floor1mbS: 0.96,
  textlint100PerMbS: 6.0,
  textlint1000PerMbS: 50.6,
  textlint10000PerMbS: 512,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const rel = (p) => path.relative(root, p);

/**
 * Run one command as a child process; wall seconds measured around it, peak RSS and CPU seconds
 * (user + system, all threads) by GNU time.
 */
function runOnce(argv, { timeoutS = 600, stdoutFile } = {}) {
  const timeFile = path.join(data, 'out', '.time');
  let cmd = argv;
  if (hasTimeout) cmd = ['timeout', String(timeoutS), ...cmd];
  if (hasTime) cmd = [TIME, '-f', '%M %U %S', '-o', timeFile, ...cmd];
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe';
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), {
    cwd: root,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(hasTimeout ? {} : { timeout: timeoutS * 1000 }),
  });
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  if (stdoutFile) fs.closeSync(out);
  const stdout = stdoutFile ? '' : (r.stdout ?? '');
  let rssKiB;
  let cpuS;
  if (hasTime && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop();
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    if (m) {
      rssKiB = Number(m[1]);
      cpuS = Number(m[2]) + Number(m[3]);
    }
  }
  let json;
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  if (lastLine.startsWith('{')) {
    try {
      json = JSON.parse(lastLine);
    } catch {
      json = undefined;
    }
  }
  rssKiB ??= json?.maxRssKiB;
  const timedOut = r.status === 124 || r.signal === 'SIGTERM';
  return { wallS, cpuS, rc: r.status, timedOut, rssKiB, json, stdout, stderr: r.stderr ?? '' };
}

/**
 * The command line as users run it: `thuatngu check <folder> --format json`, with the synthetic
 * terms alone (`--no-builtin --glossary …`) or the built-in glossary. Its report goes to a file;
 * the messages are counted from it.
 */
function cliJob(folder, glossaryFile, jobs) {
  const outFile = path.join(data, 'out', `cli-${glossaryFile ? path.basename(glossaryFile, '.json') : 'builtin'}${jobs ? `-jobs-${jobs}` : ''}.json`);
  const argv = [
    node,
    path.join(root, 'dist', 'cli.js'),
    'check',
    folder,
    '--format',
    'json',
    ...(glossaryFile ? ['--no-builtin', '--glossary', glossaryFile] : []),
    ...(jobs ? ['--jobs', jobs] : []),
  ];
  return {
    argv,
    stdoutFile: outFile,
    // Exit 1 only means that errors were found.
    ok: (rc) => rc === 0 || rc === 1,
    read: () => {
      const files = JSON.parse(fs.readFileSync(outFile, 'utf8'));
      const byRule = {};
      let messages = 0;
      for (const f of files) {
        for (const m of f.messages) {
          messages++;
          byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
        }
      }
      return { files: files.length, messages, byRule };
    },
  };
}

/**
 * Run the commands of `jobs` ({ label: argv }) interleaved for `rounds` rounds (after `warmup`
 * uncounted rounds). Returns { label: { runs: [...], wallS, rssKiB, json } } with medians.
 */
function interleaved(jobs, { rounds, warmup = 0, timeoutS, log }) {
  const runs = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (let round = -warmup; round < rounds; round++) {
    for (const [label, job] of Object.entries(jobs)) {
      const argv = Array.isArray(job) ? job : job.argv;
      const r = runOnce(argv, { timeoutS, ...(job.stdoutFile ? { stdoutFile: job.stdoutFile } : {}) });
      if (job.read && job.ok(r.rc)) r.json = job.read();
      if (!(job.ok ?? ((rc) => rc === 0))(r.rc) || !r.json) {
        throw new Error(`${label} failed (exit ${r.rc}${r.timedOut ? ', timed out' : ''}): ${argv.join(' ')}\n${r.stderr.slice(-2000)}`);
      }
      if (round >= 0) runs[label].push(r);
      log?.(`  ${round < 0 ? 'warm-up' : `round ${round + 1}/${rounds}`}  ${label.padEnd(22)} ${r.wallS.toFixed(2)} s`);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([label, rs]) => [label, summarize(rs)]));
}

function summarize(rs) {
  return {
    runs: rs.map((r) => ({ wallS: r.wallS, cpuS: r.cpuS, rssKiB: r.rssKiB, checkMs: r.json?.checkMs })),
    wallS: median(rs.map((r) => r.wallS)),
    cpuS: median(rs.map((r) => r.cpuS ?? NaN)),
    rssKiB: median(rs.map((r) => r.rssKiB ?? NaN)),
    json: rs.at(-1)?.json,
  };
}

/** Median over rounds of a / b, pairing the i-th run of each. */
const pairedRatio = (a, b) => median(a.runs.map((r, i) => r.wallS / b.runs[i].wallS));

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((x) => +x.toFixed(2)),
    gnuTime: hasTime,
  };
}

/**
 * The sanity check that the synthetic glossary means what the generator meant: forms of two
 * different concepts that the checker reads as the same words would make counts ambiguous.
 */
async function keyCollisions(glossaryFile) {
  const { compileGlossary } = await import(path.join(root, 'dist', 'index.js'));
  const g = compileGlossary({ concepts: JSON.parse(fs.readFileSync(glossaryFile, 'utf8')), places: [] });
  const seen = new Map();
  let collisions = 0;
  for (const form of g.forms) {
    if (form.lang !== 'en') continue;
    const key = form.keys.join(' ');
    const other = seen.get(key);
    if (other !== undefined && other !== form.concept.id) collisions++;
    else seen.set(key, form.concept.id);
  }
  return collisions;
}

export async function benchChecking({ full = process.env.BENCH_FULL === '1', log = console.log } = {}) {
  const t0 = performance.now();
  fs.mkdirSync(path.join(data, 'out'), { recursive: true });
  const results = { machine: machine(), full };
  log(`Machine: ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGiB} GiB, node ${results.machine.node}, load average ${results.machine.loadAverageAtStart.join(' ')}`);

  // ── data ──
  const manifest = ensureCorpus(data, { log: (s) => log(`  ${s}`) });
  const textlintConfigs = writeTextlintConfigs(data, GLOSSARY_SIZES);
  const glossaryFile = (n) => path.join(data, `glossary-${n}.json`);
  const folder = (mb) => path.join(data, manifest.folders[mb].path);
  const single = (mb) => path.join(data, manifest.singles[mb].path);
  const small = path.join(data, manifest.small.path);
  results.corpus = manifest;
  results.keyCollisions = await keyCollisions(glossaryFile(10000));
  log(
    `Corpus: ${Object.entries(manifest.folders).map(([mb, f]) => `${mb} MB = ${f.files} files`).join(', ')}; singles ${Object.keys(manifest.singles).join(' / ')} MB; ` +
      `glossaries ${GLOSSARY_SIZES.map((n) => `${n} terms (${manifest.terms.deprecatedVariants[n]} deprecated variants)`).join(', ')}; ` +
      `forms of different concepts read as the same words: ${results.keyCollisions}`,
  );

  const floorCmd = (p, ...extra) => [node, path.join(here, 'floor-remark.mjs'), ...extra, p];
  const checkCmd = (p, glossary, ...extra) => [node, '--expose-gc', path.join(here, 'thuatngu.mjs'), `--glossary=${glossary}`, ...extra, p];

  // ── cold start ──
  log('Cold start (2 KB file, 10 runs each, interleaved)');
  const cliArgv = [node, path.join(root, 'dist', 'cli.js'), 'check', small];
  const probe = runOnce(cliArgv, { timeoutS: 60 });
  // Exit 0 (clean or warnings only) or 1 (errors found) means the command worked; 2 is a usage error.
  const cliWorks = (probe.rc === 0 || probe.rc === 1) && !probe.timedOut;
  const coldRuns = { node: [], cli: [], config: [] };
  const coldArgv = cliWorks ? cliArgv : checkCmd(small, 'builtin');
  // The same with a configuration file, as a project that runs the check in CI usually has.
  const configFile = path.join(data, 'thuatngu.config.json');
  fs.writeFileSync(configFile, `${JSON.stringify({ rules: { 'near-miss': 'info' }, spelling: 'en-US', ignores: ['vendor/**'] }, null, 2)}\n`);
  const configArgv = [...cliArgv, '--config', configFile];
  for (let i = -1; i < 10; i++) {
    const a = runOnce([node, '-e', '0'], { timeoutS: 60 });
    const b = runOnce(coldArgv, { timeoutS: 60 });
    if (!(b.rc === 0 || b.rc === 1)) throw new Error(`cold start command failed (exit ${b.rc}): ${b.stderr.slice(-1000)}`);
    const c = cliWorks ? runOnce(configArgv, { timeoutS: 60 }) : undefined;
    if (i >= 0) {
      coldRuns.node.push(a);
      coldRuns.cli.push(b);
      if (c && (c.rc === 0 || c.rc === 1)) coldRuns.config.push(c);
    }
  }
  results.coldStart = {
    command: coldArgv.map((x) => (x === node ? 'node' : rel(x) || x)).join(' '),
    usedCli: cliWorks,
    ...(cliWorks ? {} : { cliFailure: `exit ${probe.rc}: ${(probe.stderr || probe.stdout).slice(0, 300)}` }),
    ms: median(coldRuns.cli.map((r) => r.wallS * 1000)),
    bareNodeMs: median(coldRuns.node.map((r) => r.wallS * 1000)),
    rssKiB: median(coldRuns.cli.map((r) => r.rssKiB ?? NaN)),
    ...(coldRuns.config.length > 0 ? { withConfigMs: median(coldRuns.config.map((r) => r.wallS * 1000)) } : {}),
  };
  log(`  ${results.coldStart.command}: median ${results.coldStart.ms.toFixed(0)} ms (bare node ${results.coldStart.bareNodeMs.toFixed(0)} ms)${cliWorks ? '' : '  [CLI check failed: used a script calling check() instead]'}`);
  if (results.coldStart.withConfigMs !== undefined) log(`  the same with --config (a JSON configuration file): median ${results.coldStart.withConfigMs.toFixed(0)} ms`);

  // ── Markdown folders: floor vs thuatngu, interleaved ──
  log('Markdown, 1 MB folder (5 rounds, interleaved)');
  const jobs1 = { floor: floorCmd(folder(1)), 'floor-gfm': floorCmd(folder(1), '--gfm'), micromark: floorCmd(folder(1), '--events') };
  for (const n of GLOSSARY_SIZES) jobs1[`thuatngu-${n}`] = checkCmd(folder(1), glossaryFile(n));
  jobs1['thuatngu-builtin'] = checkCmd(folder(1), 'builtin');
  jobs1['cli-100'] = cliJob(folder(1), glossaryFile(100));
  jobs1['cli-builtin'] = cliJob(folder(1));
  // Untimed: bring the corpus into the page cache, so that no command pays for the first read.
  for (const dir of [folder(1), folder(10)]) for (const f of fs.readdirSync(dir)) fs.readFileSync(path.join(dir, f));
  results.folder1 = interleaved(jobs1, { rounds: 5, timeoutS: 300, log });

  // ── the same in one warm process: what is left once the code is compiled (warm.mjs) ──
  log('Markdown, 1 MB folder, in one warm process (files in memory, 2 untimed passes, then 5 rounds)');
  const warm = runOnce([node, path.join(here, 'warm.mjs'), folder(1), ...GLOSSARY_SIZES.map(glossaryFile)], { timeoutS: 600 });
  if (warm.rc !== 0 || !warm.json) throw new Error(`warm.mjs failed (exit ${warm.rc}): ${warm.stderr.slice(-1000)}`);
  results.warm = warm.json;
  for (const [name, job] of Object.entries(results.warm.jobs)) log(`  ${name.padEnd(22)} ${(job.ms / 1000).toFixed(2)} s per pass`);

  // Three rounds, so that each ratio is the median of three pairs and not the mean of two: one
  // slow moment of the host moved a 10 MB bar by a third.
  log('Markdown, 10 MB folder (3 rounds, interleaved)');
  const jobs10 = { floor: floorCmd(folder(10)) };
  for (const n of GLOSSARY_SIZES) jobs10[`thuatngu-${n}`] = checkCmd(folder(10), glossaryFile(n));
  // The command line on one thread and with --jobs auto (one thread per core from 8 MB of input).
  jobs10['cli-builtin-jobs-1'] = cliJob(folder(10), undefined, '1');
  jobs10['cli-builtin-jobs-auto'] = cliJob(folder(10), undefined, 'auto');
  results.folder10 = interleaved(jobs10, { rounds: 3, timeoutS: 900, log });

  // ── large single files (1,000 terms) ──
  log('Large single files, 1,000 terms');
  results.singles = {
    'thuatngu-10mb': interleaved({ 'thuatngu-10mb': checkCmd(single(10), glossaryFile(1000)) }, { rounds: 1, timeoutS: 900, log })['thuatngu-10mb'],
    'thuatngu-50mb': interleaved({ 'thuatngu-50mb': checkCmd(single(50), glossaryFile(1000)) }, { rounds: 1, timeoutS: 1200, log })['thuatngu-50mb'],
  };
  if (full) {
    const r = runOnce(floorCmd(single(10)), { timeoutS: 900 });
    if (r.rc === 0) results.singles['floor-10mb'] = summarize([r]);
    log(`  floor on the 10 MB single file: ${r.rc === 0 ? `${r.wallS.toFixed(2)} s, ${(r.rssKiB / 1024).toFixed(0)} MiB` : `failed (exit ${r.rc}${r.timedOut ? ', timed out after 900 s' : ''})`}`);
  }

  // ── plain text throughput ──
  log('Plain text: the 10 MB corpus as one string, format text');
  results.text = interleaved(
    {
      'text-1000': checkCmd(folder(10), glossaryFile(1000), '--format=text', '--concat'),
      'text-builtin': checkCmd(folder(10), 'builtin', '--format=text', '--concat'),
    },
    { rounds: 1, timeoutS: 600, log },
  );

  // ── textlint ──
  log('textlint + textlint-rule-terminology, 1 MB folder');
  const textlintBin = path.join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const textlintRuns = (n, rounds, timeoutS) => {
    const rs = [];
    for (let i = 0; i < rounds; i++) {
      const outFile = path.join(data, 'out', `textlint-${n}.txt`);
      const r = runOnce([node, textlintBin, '-c', textlintConfigs[n], '--format', 'compact', folder(1)], { timeoutS, stdoutFile: outFile });
      if (r.timedOut) throw new Error(`textlint with ${n} terms timed out after ${timeoutS} s`);
      if (r.rc !== 0 && r.rc !== 1) throw new Error(`textlint with ${n} terms failed (exit ${r.rc}): ${r.stderr.slice(-1000)}`);
      r.json = { messages: countCompactMessages(fs.readFileSync(outFile, 'utf8')) };
      rs.push(r);
      log(`  run ${i + 1}/${rounds}  textlint-${n}`.padEnd(35) + ` ${r.wallS.toFixed(2)} s, ${r.json.messages} messages`);
    }
    return summarize(rs);
  };
  results.textlint = { 100: textlintRuns(100, 3, 300), 1000: textlintRuns(1000, 1, 900) };
  if (full) results.textlint[10000] = textlintRuns(10000, 1, 1800);
  else log(`  10,000 terms: skipped (~8.5 min per MB; set BENCH_FULL=1). Anchor: ${ANCHORS.textlint10000PerMbS} s per MB (shared/bench/README.md)`);

  results.elapsedS = (performance.now() - t0) / 1000;
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => +x.toFixed(2));
  results.bars = bars(results);
  return results;
}

// ───────────────────────────── bars and report ─────────────────────────────

function bars(r) {
  const out = [];
  const bar = (name, value, op, limit, unit, note) => {
    const holds = op === '<=' ? value <= limit : op === '>=' ? value >= limit : value < limit;
    out.push({ name, value, op, limit, unit, holds, ...(note ? { note } : {}) });
  };
  for (const [size, res] of [['1 MB', r.folder1], ['10 MB', r.folder10]]) {
    for (const n of GLOSSARY_SIZES) {
      bar(`thuatngu / floor, ${size} folder, ${n} terms`, pairedRatio(res[`thuatngu-${n}`], res.floor), '<=', 1.3, '×');
    }
  }
  for (const n of [100, 1000]) {
    bar(`textlint / thuatngu, 1 MB folder, ${n} terms`, r.textlint[n].wallS / r.folder1[`thuatngu-${n}`].wallS, '>=', 10, '×');
  }
  if (r.textlint[10000]) {
    bar('textlint / thuatngu, 1 MB folder, 10000 terms', r.textlint[10000].wallS / r.folder1['thuatngu-10000'].wallS, '>=', 10, '×');
  } else {
    bar('textlint (anchor) / thuatngu, 1 MB folder, 10000 terms', ANCHORS.textlint10000PerMbS / r.folder1['thuatngu-10000'].wallS, '>=', 10, '×', 'textlint not run (BENCH_FULL=1): anchor 512 s');
  }
  for (const [size, res] of [['1 MB', r.folder1], ['10 MB', r.folder10]]) {
    bar(`10,000 terms / 100 terms, ${size} folder`, pairedRatio(res['thuatngu-10000'], res['thuatngu-100']), '<=', 1.5, '×');
  }
  bar('cold start, CLI on a 2 KB file', r.coldStart.ms, '<', 300, 'ms', r.coldStart.usedCli ? undefined : 'CLI check failed; a script calling check() was timed');
  for (const [label, res] of Object.entries(r.text)) {
    bar(`plain text MB/s (check() time), ${label.replace('text-', '')} terms`, res.json.chars / 1e6 / (median(res.runs.map((x) => x.checkMs)) / 1000), '>=', 20, 'MB/s');
  }
  const retained = (res) => res.json?.retainedKiB;
  bar(
    'heap retained after the run, 10 MB folder / 1 MB folder, 1,000 terms',
    retained(r.folder10['thuatngu-1000']) / retained(r.folder1['thuatngu-1000']),
    '<=',
    1.5,
    '×',
    `memory flat as files grow: ${(retained(r.folder1['thuatngu-1000']) / 1024).toFixed(0)} → ${(retained(r.folder10['thuatngu-1000']) / 1024).toFixed(0)} MiB after a full GC; peak RSS ${(r.folder1['thuatngu-1000'].rssKiB / 1024).toFixed(0)} → ${(r.folder10['thuatngu-1000'].rssKiB / 1024).toFixed(0)} MiB (V8 keeps a larger heap on a longer run)`,
  );
  const perMb = (res, mb) => res.wallS / mb;
  bar('single 50 MB file / 5 × single 10 MB file (time)', perMb(r.singles['thuatngu-50mb'], 50) / perMb(r.singles['thuatngu-10mb'], 10), '<=', 1.3, '×', 'linear in size');
  bar('single 10 MB file / 10 MB folder (time), 1,000 terms', r.singles['thuatngu-10mb'].wallS / r.folder10['thuatngu-1000'].wallS, '<=', 1.3, '×', 'a big file costs what the same text in small files costs');
  return out;
}

const fmtS = (s) => (Number.isFinite(s) ? `${s.toFixed(2)} s` : '—');
const fmtMiB = (kib) => (Number.isFinite(kib) ? `${(kib / 1024).toFixed(0)} MiB` : '—');

export function reportChecking(r, log = console.log) {
  const manifest = r.corpus;
  const exp = (where, n) => {
    const e = where.expectedDeprecated[n];
    return `${e.prose + e.quote} expected (+${e.code} in code)`;
  };
  const rows = [];
  const add = (what, res, mb, note = '') => {
    const msgs = res.json?.byRule ? `${res.json.byRule['deprecated-term'] ?? 0} deprecated-term / ${res.json.messages} msgs` : res.json?.messages !== undefined ? `${res.json.messages} msgs` : '';
    rows.push([what, String(res.runs.length), fmtS(res.wallS), mb ? `${(mb / res.wallS).toFixed(2)}` : '', fmtMiB(res.rssKiB), [msgs, note].filter(Boolean).join('; ')]);
  };
  add('floor: read + remark-parse, 1 MB folder', r.folder1.floor, 1);
  add('(reference) remark-parse + remark-gfm, 1 MB folder', r.folder1['floor-gfm'], 1, 'not the floor: what GFM syntax adds');
  add('(reference) micromark alone, 1 MB folder', r.folder1.micromark, 1, 'the tokeniser inside remark-parse, no tree: what any checker that uses it pays at least');
  for (const n of GLOSSARY_SIZES) add(`thuatngu, ${n} terms, 1 MB folder`, r.folder1[`thuatngu-${n}`], 1, exp(manifest.folders[1], n));
  add('thuatngu, built-in glossary, 1 MB folder', r.folder1['thuatngu-builtin'], 1);
  add('CLI `thuatngu check --no-builtin --glossary`, 100 terms, 1 MB folder', r.folder1['cli-100'], 1, 'JSON report to a file');
  add('CLI `thuatngu check`, built-in glossary, 1 MB folder', r.folder1['cli-builtin'], 1, 'JSON report to a file');
  add('floor: read + remark-parse, 10 MB folder', r.folder10.floor, 10);
  for (const n of GLOSSARY_SIZES) add(`thuatngu, ${n} terms, 10 MB folder`, r.folder10[`thuatngu-${n}`], 10, exp(manifest.folders[10], n));
  add('CLI `thuatngu check --jobs 1`, built-in glossary, 10 MB folder', r.folder10['cli-builtin-jobs-1'], 10, 'JSON report to a file');
  add(`CLI \`thuatngu check --jobs auto\` (${r.machine.cores} threads), built-in glossary, 10 MB folder`, r.folder10['cli-builtin-jobs-auto'], 10, 'JSON report to a file');
  if (r.singles['floor-10mb']) add('floor: remark-parse, single 10 MB file', r.singles['floor-10mb'], 10);
  add('thuatngu, 1000 terms, single 10 MB file', r.singles['thuatngu-10mb'], 10, exp(manifest.singles[10], 1000));
  add('thuatngu, 1000 terms, single 50 MB file', r.singles['thuatngu-50mb'], 50, exp(manifest.singles[50], 1000));
  for (const [label, res] of Object.entries(r.text)) {
    const checkS = median(res.runs.map((x) => x.checkMs)) / 1000;
    add(`thuatngu, plain text 10 MB, ${label.replace('text-', '')} terms`, res, 10, `check() alone ${checkS.toFixed(2)} s = ${(res.json.chars / 1e6 / checkS).toFixed(1)} MB/s`);
  }
  for (const [n, res] of Object.entries(r.textlint)) {
    add(`textlint + terminology, ${n} terms, 1 MB folder`, res, 1, `${manifest.folders[1].expectedDeprecated[n].prose} outside quotes expected`);
  }
  if (!r.textlint[10000]) rows.push(['textlint + terminology, 10000 terms, 1 MB folder', '0', 'skipped', '', '', `anchor ${ANCHORS.textlint10000PerMbS} s (BENCH_FULL=1 runs it)`]);
  rows.push([`cold start: ${r.coldStart.command}`, '10', `${r.coldStart.ms.toFixed(0)} ms`, '', fmtMiB(r.coldStart.rssKiB), `bare node ${r.coldStart.bareNodeMs.toFixed(0)} ms${r.coldStart.withConfigMs === undefined ? '' : `; with a configuration file ${r.coldStart.withConfigMs.toFixed(0)} ms`}`]);

  const head = ['what', 'runs', 'wall (median)', 'MB/s', 'peak RSS', 'found / notes'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => (i === 1 || i === 2 || i === 3 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')}`.trimEnd();
  log('');
  log('Checking benchmark');
  log(line(head));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) log(line(row));
  log('');
  log('Bars (DESIGN.md §8; ratios are medians of interleaved pairs where both ran in rounds)');
  for (const b of r.bars) {
    const v = b.unit === '×' ? `${b.value.toFixed(2)}×` : b.unit === 'ms' ? `${b.value.toFixed(0)} ms` : `${b.value.toFixed(1)} ${b.unit}`;
    const lim = b.unit === '×' ? `${b.limit}×` : `${b.limit} ${b.unit}`;
    log(`  ${b.holds ? 'PASS' : 'MISS'}  ${b.name}: ${v} (bar ${b.op} ${lim})${b.note ? `  — ${b.note}` : ''}`);
  }
  log('');
  log('Also measured (not bars): the same ratios in CPU seconds (user + system, all threads), and the command line');
  const cpuRatio = (a, b) => median(a.runs.map((x, i) => x.cpuS / b.runs[i].cpuS));
  const f1 = r.folder1;
  for (const n of GLOSSARY_SIZES) log(`  thuatngu / floor, CPU, 1 MB folder, ${n} terms: ${cpuRatio(f1[`thuatngu-${n}`], f1.floor).toFixed(2)}×`);
  log(`  CLI / floor, 1 MB folder, 100 terms: ${pairedRatio(f1['cli-100'], f1.floor).toFixed(2)}× wall, ${cpuRatio(f1['cli-100'], f1.floor).toFixed(2)}× CPU; built-in glossary: ${pairedRatio(f1['cli-builtin'], f1.floor).toFixed(2)}× wall`);
  log(`  textlint / CLI, 1 MB folder, 100 terms: ${(r.textlint[100].wallS / f1['cli-100'].wallS).toFixed(2)}×`);
  // A checker that reads Markdown through remark-parse runs micromark at least: textlint's time over
  // micromark's alone is the most such a checker could be faster than textlint (the 10× bar).
  for (const n of [100, 1000]) {
    log(`  textlint / micromark alone, 1 MB folder, ${n} terms: ${(r.textlint[n].wallS / f1.micromark.wallS).toFixed(2)}× (the ceiling of the textlint bar for a checker that parses with remark-parse)`);
  }
  // Not bars either: the bars time fresh processes, as the command line runs; warm.mjs times a
  // pass in a process that has already checked the same files twice.
  const w = r.warm.jobs;
  log(
    `  in one warm process, 1 MB folder: thuatngu / remark-parse ${GLOSSARY_SIZES.map((n) => `${w[`thuatngu-${n}`].overFloor.toFixed(2)}×`).join(' / ')} ` +
      `(${GLOSSARY_SIZES.join(' / ')} terms); 10,000 / 100 terms ${w['thuatngu-10000'].overFirst.toFixed(2)}× ` +
      '(what a long-running process pays per pass; the fresh-process ratios above add the warm-up every command-line run pays)',
  );
  const f10 = r.folder10;
  log(
    `  CLI on 10 MB, built-in glossary: --jobs auto / --jobs 1 ${pairedRatio(f10['cli-builtin-jobs-auto'], f10['cli-builtin-jobs-1']).toFixed(2)}× wall, ` +
      `${cpuRatio(f10['cli-builtin-jobs-auto'], f10['cli-builtin-jobs-1']).toFixed(2)}× CPU; --jobs auto / floor ${pairedRatio(f10['cli-builtin-jobs-auto'], f10.floor).toFixed(2)}× wall`,
  );
  log(`  (checking benchmark took ${r.elapsedS.toFixed(0)} s; load average ${r.machine.loadAverageAtStart.join(' ')} at start, ${r.machine.loadAverageAtEnd.join(' ')} at end)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchChecking();
  reportChecking(r);
  fs.writeFileSync(path.join(data, 'results.json'), JSON.stringify({ checking: r }, null, 1));
}
