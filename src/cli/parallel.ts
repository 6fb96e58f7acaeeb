/**
 * `thuatngu check` on several threads: worker threads take files from a shared counter, as the
 * main thread does, so a slow file holds up only its own thread. Each worker compiles the
 * glossary itself (a compiled glossary cannot cross threads), starting before the main thread
 * compiles its own. Results come back by file index, so the report is the same whatever thread
 * checked a file; a file that a worker took and did not report (it stopped) is checked again on
 * the main thread.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import type { Lang } from '../messages/i18n.js';
import type { FileSettings, Outcome } from './check-file.js';
import { UsageError } from './io.js';
import type { ReadOptions } from './read.js';

/** Everything a worker needs to check files as the command would: plain data, cloned to the worker. */
export interface CheckJob {
  check: Omit<CheckOptions, 'glossary' | 'format' | 'filePath'>;
  langs: FileSettings['langs'];
  glossaryFiles: string[];
  builtin: boolean;
  cwd: string;
  fix: boolean;
  lang: Lang;
  readOptions: ReadOptions;
}

/** What a worker is given (see check-worker.ts). */
export interface WorkerInput {
  files: readonly string[];
  job: CheckJob;
  /** The index of the next file to take, shared by all threads (Atomics.add). */
  next: Int32Array;
}

/** A worker's messages: one per file it checked, then `done`. */
export type WorkerReport = { index: number; outcome: Outcome } | { done: true };

/**
 * With `--jobs auto` (the default), less input than this is checked on the main thread alone. A
 * worker is a second V8 isolate that warms up its own compiled code and compiles its own glossary
 * (0.3–0.4 s with the built-in one before its first file, measured), while V8's own background
 * threads already use part of a second core. On two cores, 1 MB took ~25 % longer on two threads,
 * 3–5 MB about the same, 10 MB ~20 % less.
 */
export const AUTO_MIN_BYTES = 8 * 1024 * 1024;
/**
 * `--jobs auto` uses at most this many threads: each holds its own compiled glossary and warmed-up
 * code (~30 MB more peak memory per thread with the built-in glossary, measured on two threads).
 */
export const AUTO_MAX_THREADS = 8;
const MAX_THREADS = 64;

/** The number of threads for `--jobs <n|auto>` and these files (1: no workers). */
export function threadCount(option: string | undefined, files: readonly string[], cores = availableParallelism()): number {
  if (option === undefined || option.trim() === 'auto') {
    const threads = Math.min(cores, files.length, AUTO_MAX_THREADS);
    if (threads < 2) return 1;
    let bytes = 0;
    for (const file of files) {
      try {
        bytes += statSync(file).size;
      } catch {
        // An unreadable file becomes a message when it is read.
      }
      if (bytes >= AUTO_MIN_BYTES) return threads;
    }
    return 1;
  }
  const n = /^\s*\d+\s*$/.test(option) ? Number(option) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_THREADS) throw new UsageError('badJobs', { value: option, max: MAX_THREADS });
  return Math.max(1, Math.min(n, files.length));
}

export interface Workers {
  /**
   * Check the files on this thread (with `checkHere`) and on the workers until none is left; the
   * outcomes in file order.
   */
  run(checkHere: (file: string) => Promise<Outcome>): Promise<Outcome[]>;
  /** End the workers (after run(), or when the command fails before it). */
  stop(): void;
  /** How many files the threads, this one included, have taken so far. */
  taken(): number;
}

/** Start `count` workers on `files`; undefined when the worker script cannot be found. */
export function startWorkers(files: readonly string[], job: CheckJob, count: number, entry = workerEntry()): Workers | undefined {
  if (!entry) return undefined;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: Array<Outcome | undefined> = new Array(files.length);
  let reported = 0;
  const workers: Worker[] = [];
  let finished = 0;
  /** Called on every report and every worker that finishes, for run() to look again. */
  let wake = (): void => {};
  const input: WorkerInput = { files, job, next };
  for (let k = 0; k < count; k++) {
    let worker: Worker;
    try {
      worker = new Worker(entry.script, { workerData: input, eval: entry.eval ?? false });
    } catch {
      break; // The files are checked on the threads that did start.
    }
    workers.push(worker);
    let over = false;
    const finish = (): void => {
      if (over) return;
      over = true;
      finished++;
      wake();
    };
    worker.on('message', (report: WorkerReport) => {
      if ('done' in report) return finish();
      outcomes[report.index] = report.outcome;
      reported++;
      wake();
    });
    // A worker that failed or stopped without `done`: the files it took and did not report are checked in run().
    worker.on('error', finish);
    worker.on('exit', finish);
  }
  return {
    async run(checkHere) {
      let here = 0;
      for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
        outcomes[i] = await checkHere(files[i]!);
        here++;
      }
      // Every file is taken: wait for the workers' last reports, not for the workers to end (one
      // may still be compiling its glossary, with nothing left to take).
      while (here + reported < files.length && finished < workers.length) await new Promise<void>((resolve) => (wake = resolve));
      const out: Outcome[] = [];
      for (let i = 0; i < files.length; i++) out.push(outcomes[i] ?? (await checkHere(files[i]!)));
      return out;
    },
    stop() {
      for (const worker of workers) void worker.terminate();
    },
    taken: () => Math.min(Atomics.load(next, 0), files.length),
  };
}

/** How to start a worker: a script, or (with `eval`) the code of one. */
export interface WorkerEntry {
  script: URL | string;
  eval?: boolean;
}

/**
 * The worker script: dist/check-worker.js beside the bundle. Run from the sources (the tests), it
 * is the TypeScript file, loaded through tsx (a development dependency), which registers its
 * loader from inside the worker (Node 20 does not apply `--import` hooks to a worker's own entry).
 */
function workerEntry(): WorkerEntry | undefined {
  const built = new URL('./check-worker.js', import.meta.url);
  if (existsSync(built)) return { script: built };
  const source = new URL('./check-worker.ts', import.meta.url);
  if (!existsSync(source)) return undefined;
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`;
  return { script: code, eval: true };
}
