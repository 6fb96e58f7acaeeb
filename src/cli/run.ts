/**
 * The CLI: parse arguments, run one command, return its exit code (DESIGN.md §7).
 * Exit codes: 0 no errors, 1 problems found, 2 usage, configuration or internal error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createRequire } from 'node:module';
import { GlossaryError } from '../glossary/issues.js';
import { createTranslator, resolveLang, type Lang } from '../messages/i18n.js';
import { formatGlossaryIssues } from './glossary-report.js';
import { EXIT, UsageError, type CliIo } from './io.js';

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  lang: Lang;
}

const COMMON: NonNullable<ParseArgsConfig['options']> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  lang: { type: 'string' },
  format: { type: 'string', short: 'f' },
  glossary: { type: 'string', short: 'g', multiple: true },
  'no-builtin': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  limit: { type: 'string', short: 'n' },
  from: { type: 'string' },
  // check / fix
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  date: { type: 'string' },
  spelling: { type: 'string' },
  rule: { type: 'string', multiple: true },
  source: { type: 'string' },
  target: { type: 'string' },
  'source-lang': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
};

type Command = (cmd: ParsedCommand, io: CliIo) => Promise<number> | number;

/** Each command is loaded when it runs, so `thuatngu lookup` never loads the Markdown parser. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lookup: async () => (await import('./commands/lookup.js')).runLookup,
  glossary: async () => (await import('./commands/glossary.js')).runGlossary,
  check: async () => (await import('./commands/check.js')).runCheck,
  fix: async () => (await import('./commands/check.js')).runFix,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  // Read before the options are parsed, so that an error in them is told in the language asked for.
  let lang = resolveLang(langArgument(argv), io.env);
  try {
    const { values, positionals } = parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true });
    lang = resolveLang(values.lang as string | undefined, io.env);
    if (values.lang && !['en', 'vi'].includes(String(values.lang).slice(0, 2)))
      throw new UsageError('badLang', { value: String(values.lang) });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    if (!command || values.help || command === 'help') {
      io.stdout(createTranslator(lang)('cli:help', { version: version() }));
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const load = COMMANDS[command];
    if (!load) throw new UsageError('unknownCommand', { command });
    const run = await load();
    return await run({ values: values as ParsedCommand['values'], positionals: rest, lang }, io);
  } catch (error) {
    return reportError(error, lang, io);
  }
}

function reportError(error: unknown, lang: Lang, io: CliIo): number {
  const t = createTranslator(lang);
  if (error instanceof GlossaryError) {
    io.stderr(formatGlossaryIssues(error.issues, lang));
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`thuatngu: ${t(`cli:${error.messageId}`, error.data)}\n${t('cli:seeHelp')}\n`);
    return EXIT.usage;
  }
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    const { messageId, data } = describeArgsError(code, (error as Error).message);
    io.stderr(`thuatngu: ${t(`cli:${messageId}`, data)}\n${t('cli:seeHelp')}\n`);
    return EXIT.usage;
  }
  io.stderr(`thuatngu: ${t('cli:internal', { detail: (error as Error)?.message ?? String(error) })}\n`);
  if (io.env.DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
  return EXIT.usage;
}

/** The value of `--lang` (`--lang vi`, `--lang=vi`) among the arguments before `--`, if any. */
function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') found = argv[i + 1];
    else if (argv[i]!.startsWith('--lang=')) found = argv[i]!.slice('--lang='.length);
  }
  return found;
}

/**
 * node's parseArgs errors as catalog messages (their own text is in English only). The option is
 * the one quoted in node's text: "'--nope'", or the last name of "'-f, --format <value>'", whose
 * `<value>` says that a value is missing.
 */
function describeArgsError(code: string, text: string): { messageId: string; data: Record<string, string> } {
  const quoted = /'([^']+)'/.exec(text)?.[1];
  const option = quoted?.replace(/ <value>$/, '').split(', ').pop();
  if (quoted && option) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { messageId: 'unknownOption', data: { option } };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return { messageId: quoted.endsWith('<value>') ? 'optionNeedsValue' : 'optionTakesNoValue', data: { option } };
  }
  return { messageId: 'badArgs', data: { detail: text } };
}

export function version(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../package.json', '../../package.json']) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      // try the next location (dist/ or src/cli/)
    }
  }
  return '0.0.0';
}
