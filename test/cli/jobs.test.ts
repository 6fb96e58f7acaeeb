import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFile, type Outcome } from '../../src/cli/check-file.js';
import { getBuiltinGlossary } from '../../src/glossary/builtin.js';
import { createTranslator } from '../../src/messages/i18n.js';
import { UsageError } from '../../src/cli/io.js';
import { AUTO_MAX_THREADS, AUTO_MIN_BYTES, startWorkers, threadCount, type CheckJob, type Workers } from '../../src/cli/parallel.js';
import { run } from './run.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuatngu-jobs-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Articles with a deprecated term, a term-case slip and nothing wrong, and two files that cannot be read. */
function articles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 12; i++) {
    files[`a${String(i).padStart(2, '0')}.md`] =
      i % 3 === 0
        ? `# News ${i}\n\nThe Central Committee for Mass Mobilization met on day ${i}.\n`
        : i % 3 === 1
          ? `The Vietnam fatherland front and the Provincial People's Council, item ${i}.\r\n`
          : `Nothing to report on day ${i}.\n`;
  }
  files['binary.md'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]);
  files['latin1.txt'] = new Uint8Array([0x48, 0xe9, 0x20, 0x76, 0x69, 0x0a]);
  return files;
}

const job = (fix = false): CheckJob => ({ check: { lang: 'en', rules: {} }, langs: {}, glossaryFiles: [], builtin: true, cwd: process.cwd(), fix, lang: 'en', readOptions: {} });
const outcomeOf = (file: string): Outcome => ({
  result: { filePath: file, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
  applied: 0,
  internal: false,
});
const fakeWorker = (name: string) => ({ script: new URL(`./fixtures/workers/${name}`, import.meta.url) });
/** Resolves once the threads have taken `count` files: what a test waits for instead of guessing a delay. */
async function untilTaken(workers: Workers, count: number): Promise<void> {
  while (workers.taken() < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('threadCount (--jobs)', () => {
  const small = () => {
    const dir = folder({ 'a.md': 'x', 'b.md': 'y', 'c.md': 'z' });
    return ['a.md', 'b.md', 'c.md'].map((f) => join(dir, f));
  };

  it('gives a number of threads, never more than the files', () => {
    const files = small();
    expect(threadCount('1', files, 8)).toBe(1);
    expect(threadCount('2', files, 8)).toBe(2);
    expect(threadCount(' 64 ', files, 8)).toBe(3);
    expect(threadCount('2', files.slice(0, 1), 8)).toBe(1);
  });

  it('rejects what is not a whole number from 1 to 64, naming the value', () => {
    for (const value of ['0', '-1', '1.5', 'two', '65', '']) {
      let error: unknown;
      try {
        threadCount(value, small(), 8);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).messageId).toBe('badJobs');
      expect((error as UsageError).data).toEqual({ value, max: 64 });
    }
  });

  it('auto: one thread for small inputs or one core, one per core (up to the files, at most AUTO_MAX_THREADS) from AUTO_MIN_BYTES', () => {
    expect(threadCount(undefined, small(), 8)).toBe(1);
    expect(threadCount('auto', small(), 8)).toBe(1);
    const big = 'word '.repeat(Math.ceil(AUTO_MIN_BYTES / 2 / 5));
    const dir = folder({ 'a.md': big, 'b.md': big, 'c.md': big });
    const files = ['a.md', 'b.md', 'c.md'].map((f) => join(dir, f));
    expect(threadCount('auto', files, 2)).toBe(2);
    expect(threadCount('auto', files, 8)).toBe(3);
    expect(threadCount('auto', files, 1)).toBe(1);
    expect(threadCount('auto', [...files, join(dir, 'missing.md')], 4)).toBe(4);
    const many = [...files, ...Array.from({ length: 20 }, (_, i) => join(dir, `more-${i}.md`))];
    expect(threadCount('auto', many, 64)).toBe(AUTO_MAX_THREADS);
  });
});

describe('startWorkers', () => {
  it('checks every file on this thread when a worker stops before taking one', async () => {
    const files = ['1.md', '2.md', '3.md', '4.md'];
    const workers = startWorkers(files, job(), 1, fakeWorker('quits.mjs'))!;
    const here: string[] = [];
    const outcomes = await workers.run(async (file) => {
      here.push(file);
      return outcomeOf(file);
    });
    workers.stop();
    expect(outcomes.map((o) => o.result.filePath)).toEqual(files);
    expect(here.sort()).toEqual(files);
  });

  it('returns once every file is checked, without waiting for a worker that took none', async () => {
    const files = ['1.md', '2.md', '3.md'];
    const workers = startWorkers(files, job(), 1, fakeWorker('idle.mjs'))!;
    const outcomes = await workers.run(async (file) => outcomeOf(file));
    workers.stop();
    expect(outcomes.map((o) => o.result.filePath)).toEqual(files);
  });

  it('checks here a file that a worker took and never reported, once', async () => {
    const files = ['1.md', '2.md', '3.md', '4.md', '5.md'];
    const workers = startWorkers(files, job(), 1, fakeWorker('takes-one.mjs'))!;
    const here: string[] = [];
    const outcomes = await workers.run(async (file) => {
      // This thread holds its first file until the worker has taken one.
      if (here.length === 0) await untilTaken(workers, 2);
      here.push(file);
      return outcomeOf(file);
    });
    workers.stop();
    expect(outcomes.map((o) => o.result.filePath)).toEqual(files);
    expect(here.sort()).toEqual(files);
  });

  it('shares the files with a real worker, which reports what the command reports', async () => {
    const dir = folder(articles());
    const files = readdirSync(dir)
      .filter((f) => f !== '.git')
      .sort()
      .map((f) => join(dir, f));
    const workers = startWorkers(files, job(), 1)!;
    expect(workers).toBeDefined();
    const here = new Set<string>();
    // This thread holds its first file until the worker (TypeScript compiled on the fly) has taken one.
    const outcomes = await workers.run(async (file) => {
      if (here.size === 0) await untilTaken(workers, 2);
      here.add(file);
      return outcomeOf(file);
    });
    workers.stop();
    expect(outcomes.map((o) => o.result.filePath)).toEqual(files);
    const byWorker = outcomes.filter((o) => !here.has(o.result.filePath));
    expect(byWorker.length).toBeGreaterThan(0);
    // What the worker sent is what this thread makes of the same file.
    const settings = { check: { lang: 'en' as const, rules: {}, glossary: getBuiltinGlossary() }, langs: {} };
    for (const o of byWorker) expect(o).toEqual(await checkFile(o.result.filePath, settings, false, createTranslator('en'), {}));
  }, 60_000);
});

describe('thuatngu check --jobs', () => {
  it('reports the same on two threads as on one: messages, order, exit code', async () => {
    const dir = folder(articles());
    const one = await run(['check', dir, '--format', 'json', '--jobs', '1']);
    const two = await run(['check', dir, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    const report = JSON.parse(two.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(report.map((r) => r.filePath)).toEqual([...report.map((r) => r.filePath)].sort());
    expect(report.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(expect.arrayContaining(['deprecated-term', 'read-error']));
  }, 60_000);

  it('fixes the same files the same way on two threads', async () => {
    const a = folder(articles());
    const b = mkdtempSync(join(tmpdir(), 'thuatngu-jobs-'));
    made.push(b);
    cpSync(a, b, { recursive: true });
    const one = await run(['check', a, '--fix', '--format', 'json', '--jobs', '1']);
    const two = await run(['check', b, '--fix', '--format', 'json', '--jobs', '2']);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.replaceAll(b, a)).toBe(one.stdout);
    const names = readdirSync(a).filter((f) => f !== '.git');
    expect(names.some((f) => readFileSync(join(a, f), 'utf8').includes("Party Central Committee's Commission for Mass Mobilization"))).toBe(true);
    for (const f of names) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
  }, 60_000);

  it('says what --jobs takes', async () => {
    const dir = folder({ 'a.md': 'x' });
    const r = await run(['check', dir, '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`--jobs many`: give a whole number from 1 to 64, or auto.');
  });
});
