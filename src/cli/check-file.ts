/**
 * One input file as `thuatngu check` handles it: read it, check it (and fix it), and turn what
 * cannot be read or checked into a message for that file. The same on the main thread and on a
 * worker thread (see parallel.ts).
 */
import { check, fixText, type CheckOptions, type CheckResult } from '../check.js';
import type { BilingualFileFormat } from '../check-pair.js';
import { countSeverities, createMessage } from '../messages/create.js';
import type { Translate } from '../messages/i18n.js';
import type { FileResult, Message } from '../types.js';
import { formatOf } from './files.js';
import { readInput, type ReadOptions, type ReadProblem, type ReadResult } from './read.js';
import { writeFileAtomic } from './write.js';

/** Rule ids of the messages the CLI itself makes about a file (not about its wording). */
export const READ_ERROR = 'read-error';
export const WRITE_ERROR = 'write-error';
export const INTERNAL_ERROR = 'internal-error';

/** What checking one file needs besides the file: the check options (with the glossary) and a pair's direction. */
export interface FileSettings {
  check: CheckOptions;
  /** The direction of bilingual checks, when given (PO and XLIFF also say it themselves). */
  langs: { sourceLang?: 'vi' | 'en'; targetLang?: 'vi' | 'en' };
}

/** Read one file and check it (and fix it, with `fix`); never throws. */
export async function checkFile(file: string, settings: FileSettings, fix: boolean, t: Translate, readOptions: ReadOptions): Promise<Outcome> {
  return checkOne(file, readInput(file, readOptions), settings, fix, t);
}

export interface Outcome {
  result: FileResult;
  applied: number;
  internal: boolean;
}

async function checkOne(file: string, read: ReadResult, settings: FileSettings, fix: boolean, t: Translate): Promise<Outcome> {
  if (!read.ok) return { result: single(file, READ_ERROR, readProblemText(read, t)), applied: 0, internal: false };

  const format = formatOf(file);
  if (format === 'po' || format === 'xliff') return checkBilingual(file, read.text, format, settings, t);
  const options: CheckOptions = { ...settings.check, format, filePath: file };
  let checked: CheckResult;
  let applied = 0;
  try {
    if (fix) {
      const fixed = fixText(read.text, options);
      checked = fixed.remaining;
      if (fixed.output !== read.text) {
        try {
          await writeFileAtomic(file, fixed.output);
          applied = fixed.applied;
        } catch (error) {
          const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          // Nothing was written: report what check() finds in the file as it is.
          const left = check(read.text, options);
          const failure = problem(WRITE_ERROR, t('cli:writeError', { detail }));
          return { result: toFileResult(file, [failure, ...left.messages]), applied: 0, internal: false };
        }
      }
    } else {
      checked = check(read.text, options);
    }
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    return { result: single(file, INTERNAL_ERROR, t('cli:checkFailed', { detail })), applied: 0, internal: true };
  }
  return { result: toFileResult(file, checked.messages), applied, internal: false };
}

/** PO and XLIFF hold both sides: the bilingual rules, and the monolingual ones on an English target. Not fixed in place. */
async function checkBilingual(file: string, text: string, format: BilingualFileFormat, settings: FileSettings, t: Translate): Promise<Outcome> {
  try {
    const { checkBilingualFile } = await import('../check-pair.js');
    const result = checkBilingualFile(text, { ...settings.check, ...settings.langs, format, filePath: file });
    return { result, applied: 0, internal: false };
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    return { result: single(file, INTERNAL_ERROR, t('cli:checkFailed', { detail })), applied: 0, internal: true };
  }
}

function toFileResult(filePath: string, messages: Message[]): FileResult {
  return { filePath, messages, ...countSeverities(messages) };
}

/** A message about the file as a whole, at its start. */
function problem(ruleId: string, text: string): Message {
  const start = { line: 1, column: 1, offset: 0 };
  const message = createMessage({ ruleId, severity: 'error', start, end: start, actual: '', messageId: ruleId });
  message.message = text;
  return message;
}

export function single(filePath: string, ruleId: string, text: string): FileResult {
  return toFileResult(filePath, [problem(ruleId, text)]);
}

export function readProblemText(problem: ReadProblem, t: Translate): string {
  switch (problem.reason) {
    case 'unreadable':
      return t('cli:read.unreadable', { detail: problem.detail });
    case 'notFile':
      return t('cli:read.notFile');
    case 'tooLarge':
      return t('cli:read.tooLarge', { size: megabytes(problem.size), limit: megabytes(problem.limit) });
    case 'binary':
      return t('cli:read.binary');
    case 'encoding':
      return t('cli:read.encoding', { byte: problem.byte, line: problem.line });
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
