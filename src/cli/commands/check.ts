/**
 * `thuatngu check [paths|globs…]` and `thuatngu fix …` (= `check --fix`).
 *
 * Files are handled one at a time — read, check (and fix), keep only the messages, drop the
 * text — so that memory stays flat however many files there are; with `--jobs`, one at a time on
 * each thread (parallel.ts). A file that cannot be checked
 * (unreadable, binary, not UTF-8, too large) becomes one `read-error` message; the other files
 * are still checked.
 *
 * Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many
 * warnings, 2 usage, configuration or internal error.
 */
import type { CompiledGlossary } from '../../glossary/compile.js';
import { createTranslator, type Lang, type Translate } from '../../messages/i18n.js';
import { getReporter, isReporterName, REPORTER_NAMES, type RuleMeta } from '../../reporters/index.js';
import { docsUrl, getRule, RULE_IDS, type RuleLevel } from '../../rules/index.js';
import type { FileResult } from '../../types.js';
import { checkFile, INTERNAL_ERROR, READ_ERROR, readProblemText, single, WRITE_ERROR, type FileSettings, type Outcome } from '../check-file.js';
import { ConfigError, findConfig, isIsoDate, RULE_LEVELS, SPELLINGS, type ConfigIssue, type LoadedConfig, type SpellingSetting } from '../config-find.js';
import { discoverFiles } from '../files.js';
import { expandPairs, pairFormatOf, type FilePair } from '../pairs.js';
import { startWorkers, threadCount, type CheckJob } from '../parallel.js';
import { getBuiltinGlossary } from '../../glossary/builtin.js';
import { EXIT, UsageError, type CliIo } from '../io.js';
import { readInput } from '../read.js';
import { version, type ParsedCommand } from '../run.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function runCheck(cmd: ParsedCommand, io: CliIo): Promise<number> {
  return checkFiles(cmd, io, Boolean(cmd.values.fix));
}

export function runFix(cmd: ParsedCommand, io: CliIo): Promise<number> {
  return checkFiles(cmd, io, true);
}

interface Settings extends FileSettings {
  lang: Lang;
  format: string;
  maxWarnings?: number;
  color: boolean;
}

async function checkFiles(cmd: ParsedCommand, io: CliIo, fix: boolean): Promise<number> {
  const { values } = cmd;
  let loaded: LoadedConfig;
  try {
    // The YAML parser and the schema validator are loaded only when there is a file to read.
    const explicit = stringValue(values.config, 'config');
    loaded =
      explicit !== undefined || findConfig(io.cwd)
        ? await (await import('../config.js')).loadConfig(io.cwd, explicit)
        : { config: {}, dir: io.cwd };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(formatConfigIssues(error.issues, cmd.lang));
    return EXIT.usage;
  }
  const { config } = loaded;
  // --lang wins, then the config, then the environment (LANG…).
  const lang: Lang = values.lang !== undefined ? cmd.lang : (config.lang ?? cmd.lang);
  const settings = readSettings(cmd, io, lang, config.rules, config.spelling, config.date);
  const glossaryFiles = [...(config.glossary ?? []), ...arrayValue(values.glossary)];
  const builtin = values['no-builtin'] ? false : (config.builtin ?? true);
  if (!builtin && glossaryFiles.length === 0) throw new UsageError('noGlossary');

  const pairs = await pairsOf(cmd, io, loaded.dir, config.pairs ?? []);
  const paired = new Set(pairs.flatMap((p) => [p.source, p.target]));
  const explicitPair = values.source !== undefined;
  const inputs = cmd.positionals.length > 0 ? cmd.positionals : explicitPair ? [] : ['.'];
  const files = (await discoverFiles(inputs, { cwd: io.cwd, base: loaded.dir, ignores: config.ignores ?? [] })).filter(
    (f) => !paired.has(f),
  );
  const readOptions = config.maxFileSize === undefined ? {} : { maxFileSize: config.maxFileSize };
  const threads = threadCount(stringValue(values.jobs, 'jobs'), files);
  // Workers start before this thread compiles the glossary, so that they compile theirs meanwhile.
  const job: CheckJob = { check: { ...settings.check }, langs: settings.langs, glossaryFiles, builtin, cwd: io.cwd, fix, lang, readOptions };
  const workers = threads > 1 ? startWorkers(files, job, threads - 1) : undefined;

  const t = createTranslator(lang);
  const results: FileResult[] = [];
  let fixesApplied = 0;
  let filesFixed = 0;
  let internalFailure = false;
  try {
    const glossary: CompiledGlossary =
      glossaryFiles.length > 0
        ? (await import('../glossary-option.js')).loadGlossaryOption(glossaryFiles, io.cwd, builtin)
        : getBuiltinGlossary();
    settings.check.glossary = glossary;
    const checkHere = (file: string): Promise<Outcome> => checkFile(file, settings, fix, t, readOptions);
    const outcomes: Outcome[] = [];
    if (workers) outcomes.push(...(await workers.run(checkHere)));
    else for (const file of files) outcomes.push(await checkHere(file));
    for (const outcome of outcomes) {
      results.push(outcome.result);
      fixesApplied += outcome.applied;
      if (outcome.applied > 0) filesFixed++;
      if (outcome.internal) internalFailure = true;
    }
  } finally {
    workers?.stop();
  }
  for (const pair of pairs) {
    const outcome = await checkPairFiles(pair, settings, config.maxFileSize, t);
    results.push(...outcome.results);
    if (outcome.internal) internalFailure = true;
  }

  const reporter = getReporter(settings.format, lang);
  const output = reporter(results, {
    lang,
    cwd: io.cwd,
    color: settings.color,
    toolVersion: version(),
    rules: ruleMeta(t),
  });
  if (output !== '') io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  if (fix) io.stderr(`${t('cli:fixed', { count: fixesApplied, files: filesFixed })}\n`);

  if (internalFailure) return EXIT.usage;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  if (errors > 0) return EXIT.problems;
  if (settings.maxWarnings !== undefined && warnings > settings.maxWarnings) {
    io.stderr(`${t('cli:tooManyWarnings', { count: warnings, max: settings.maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** A source file and its translation: one result for each. */
async function checkPairFiles(
  pair: FilePair,
  settings: Settings,
  maxFileSize: number | undefined,
  t: Translate,
): Promise<{ results: FileResult[]; internal: boolean }> {
  const limit = maxFileSize === undefined ? {} : { maxFileSize };
  const source = readInput(pair.source, limit);
  const target = readInput(pair.target, limit);
  if (!source.ok) return { results: [single(pair.source, READ_ERROR, readProblemText(source, t))], internal: false };
  if (!target.ok) {
    const text = target.reason === 'unreadable' && !existsSync(pair.target) ? t('cli:pairTargetMissing', { target: pair.target }) : readProblemText(target, t);
    return { results: [single(pair.target, READ_ERROR, text)], internal: false };
  }
  try {
    const { checkPair } = await import('../../check-pair.js');
    const result = checkPair(source.text, target.text, {
      ...settings.check,
      ...settings.langs,
      format: pair.format,
      sourcePath: pair.source,
      targetPath: pair.target,
    });
    return { results: [result.source, result.target], internal: false };
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    return { results: [single(pair.target, INTERNAL_ERROR, t('cli:checkFailed', { detail }))], internal: true };
  }
}

/** `--source` / `--target`, and the config's pairs of patterns. */
async function pairsOf(
  cmd: ParsedCommand,
  io: CliIo,
  configDir: string,
  configPairs: ReadonlyArray<{ source: string; target: string }>,
): Promise<FilePair[]> {
  const source = stringValue(cmd.values.source, 'source');
  const target = stringValue(cmd.values.target, 'target');
  if ((source === undefined) !== (target === undefined)) throw new UsageError('pairIncomplete');
  const pairs: FilePair[] = [];
  if (source !== undefined && target !== undefined) {
    const abs = resolve(io.cwd, source);
    if (!existsSync(abs)) throw new UsageError('pathNotFound', { path: source });
    pairs.push({ source: abs, target: resolve(io.cwd, target), format: pairFormatOf(abs) });
  }
  for (const p of configPairs) pairs.push(...(await expandPairs(p, configDir)));
  return pairs;
}

function ruleMeta(t: Translate): Record<string, RuleMeta> {
  const meta: Record<string, RuleMeta> = {};
  for (const id of RULE_IDS) {
    const severity = getRule(id)?.severity;
    meta[id] = { description: t(`rules:meta.${id}`), url: docsUrl(id), ...(severity ? { severity } : {}) };
  }
  for (const id of [READ_ERROR, WRITE_ERROR, INTERNAL_ERROR]) {
    meta[id] = { description: t(`cli:meta.${id}`), severity: 'error' };
  }
  return meta;
}

/** The command line's settings, validated, over the config's. */
function readSettings(
  cmd: ParsedCommand,
  io: CliIo,
  lang: Lang,
  configRules: Partial<Record<string, RuleLevel>> | undefined,
  configSpelling: SpellingSetting | undefined,
  configDate: string | undefined,
): Settings {
  const { values } = cmd;
  const format = stringValue(values.format, 'format') ?? 'stylish';
  if (!isReporterName(format)) throw new UsageError('badFormat', { value: format, allowed: REPORTER_NAMES.join(', ') });

  let maxWarnings: number | undefined;
  const max = stringValue(values['max-warnings'], 'max-warnings');
  if (max !== undefined) {
    maxWarnings = /^\d+$/.test(max.trim()) ? Number(max) : NaN;
    if (!Number.isSafeInteger(maxWarnings)) throw new UsageError('badMaxWarnings', { value: max });
  }

  const date = stringValue(values.date, 'date') ?? configDate;
  if (values.date !== undefined && !isIsoDate(String(values.date))) throw new UsageError('badDate', { value: String(values.date) });

  const spelling = stringValue(values.spelling, 'spelling') ?? configSpelling;
  if (spelling !== undefined && !(SPELLINGS as readonly string[]).includes(spelling))
    throw new UsageError('badSpelling', { value: spelling, allowed: SPELLINGS.join(', ') });

  const rules: Partial<Record<string, RuleLevel>> = { ...configRules };
  for (const entry of arrayValue(values.rule)) {
    const m = /^\s*([^=\s]+)\s*[=:]\s*(\S+)\s*$/.exec(entry);
    const id = m?.[1];
    const level = m?.[2];
    if (!id || !level || !(RULE_IDS as readonly string[]).includes(id) || !(RULE_LEVELS as readonly string[]).includes(level))
      throw new UsageError('badRule', { value: entry, rules: RULE_IDS.join(', '), levels: RULE_LEVELS.join(', ') });
    rules[id] = level as RuleLevel;
  }

  // --no-color / --color, then NO_COLOR / FORCE_COLOR, then whether stdout is a terminal.
  let color: boolean;
  if (values['no-color']) color = false;
  else if (values.color) color = true;
  else if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') color = false;
  else if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') color = true;
  else color = io.isTTY;

  const sourceLang = stringValue(values['source-lang'], 'source-lang');
  if (sourceLang !== undefined && sourceLang !== 'vi' && sourceLang !== 'en') throw new UsageError('badSourceLang', { value: sourceLang });
  const langs: Settings['langs'] =
    sourceLang === 'vi' ? { sourceLang: 'vi', targetLang: 'en' } : sourceLang === 'en' ? { sourceLang: 'en', targetLang: 'vi' } : {};

  return {
    lang,
    format,
    color,
    langs,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    check: {
      lang,
      rules,
      ...(date !== undefined ? { date } : {}),
      ...(spelling !== undefined ? { spelling: spelling as SpellingSetting } : {}),
    },
  };
}

/** A string option (a repeated single-value option keeps its last value). */
function stringValue(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? String(value[value.length - 1]) : undefined;
  if (typeof value === 'boolean') throw new UsageError('optionNeedsValue', { option: `--${name}` });
  return String(value);
}

function arrayValue(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Configuration problems → `file:line:column  error: what and how to fix`, then a hint. */
export function formatConfigIssues(issues: readonly ConfigIssue[], lang: Lang): string {
  const t = createTranslator(lang);
  const lines = issues.map(
    (i) => `${i.file}:${i.line}:${i.column}  ${t('cli:config.error')}: ${t(`cli:${i.messageId}`, i.data)}`,
  );
  lines.push(t('cli:config.summary', { count: issues.length }));
  return `${lines.join('\n')}\n`;
}
