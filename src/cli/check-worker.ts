/**
 * A worker thread of `thuatngu check --jobs` (see parallel.ts): compile the glossary, then take
 * files from the shared counter and send each outcome back, until no file is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { check } from '../check.js';
import { getBuiltinGlossary } from '../glossary/builtin.js';
import { createTranslator } from '../messages/i18n.js';
import { checkFile, type FileSettings } from './check-file.js';
import type { WorkerInput, WorkerReport } from './parallel.js';

const { files, job, next } = workerData as WorkerInput;
const send = (report: WorkerReport): void => parentPort!.postMessage(report);

try {
  const glossary =
    job.glossaryFiles.length > 0
      ? (await import('./glossary-option.js')).loadGlossaryOption(job.glossaryFiles, job.cwd, job.builtin)
      : getBuiltinGlossary();
  const settings: FileSettings = { check: { ...job.check, glossary }, langs: job.langs };
  // The matcher and the rules' indexes are built by the first check: build them before taking a file.
  check('', settings.check);
  const t = createTranslator(job.lang);
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    send({ index: i, outcome: await checkFile(files[i]!, settings, job.fix, t, job.readOptions) });
  }
} finally {
  // Also after a failure: the main thread then checks the files this worker took and did not report.
  send({ done: true });
}
