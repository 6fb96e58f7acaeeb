/**
 * The configuration file (DESIGN.md §7): where it is, what it says, and — when it is wrong —
 * exactly where and how to fix it.
 *
 * Discovery: from the working folder upwards, the first folder holding one of CONFIG_FILES, or a
 * package.json with a `thuatngu` key, wins. The search stops at the root of a project (a folder
 * with .git or package.json) that has no configuration. `--config <file>` skips the search.
 *
 * JSON and YAML files are parsed keeping positions (yaml's LineCounter), so that a syntax error
 * and a wrong setting both point at file:line:column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document, LineCounter } from 'yaml';
import * as v from 'valibot';
import { yaml } from '../deps/yaml.js';
import { oneOf } from '../glossary/schema.js';
import { RULE_IDS } from '../rules/index.js';
import {
  CONFIG_FILES,
  ConfigError,
  findConfig,
  isFile,
  isIsoDate,
  RULE_LEVELS,
  SPELLINGS,
  stripBom,
  type Config,
  type ConfigIssue,
  type LoadedConfig,
} from './config-find.js';

export { CONFIG_FILES, ConfigError, findConfig, isIsoDate, RULE_LEVELS, SPELLINGS };
export type { Config, ConfigIssue, LoadedConfig, SpellingSetting } from './config-find.js';

// This module is loaded only when there is a configuration file to read (see config-find.ts). The
// YAML reader is loaded when the file is YAML, or when a JSON file has a problem to point at.
// valibot is bundled here, only the parts used: ~15 M instructions to load and run, where zod, for
// the same schema, cost ~160 M (~25 ms of every cold start with a configuration file).

const PAIR_KEYS = ['source', 'target'] as const;

/** A mapping: valibot's record and object schemas would take an array for one. */
const mapping = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x));

const configSchema = v.strictObject({
  $schema: v.optional(v.string()),
  rules: v.optional(v.pipe(mapping, v.record(v.string(), oneOf(RULE_LEVELS)))),
  glossary: v.optional(v.array(v.string())),
  builtin: v.optional(v.boolean()),
  spelling: v.optional(oneOf(SPELLINGS)),
  ignores: v.optional(v.array(v.string())),
  maxFileSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  lang: v.optional(oneOf(['en', 'vi'])),
  date: v.optional(v.pipe(v.string(), v.check(isIsoDate))),
  pairs: v.optional(v.array(v.pipe(mapping, v.strictObject({ source: v.string(), target: v.string() })))),
});

/** The settings, as validated. Paths in `glossary` are already absolute. */
/** Where a value sits in the file: the parsed document, when the format keeps positions. */
interface Positions {
  doc: Document;
  lines: LineCounter;
  /** Path of the settings inside the document (['thuatngu'] in package.json). */
  prefix: string[];
}

/** Find and load the configuration for `cwd`, or the one `explicit` names. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    return loadConfigFile(file, explicit);
  }
  const found = findConfig(cwd);
  if (!found) return { config: {}, dir: cwd };
  return loadConfigFile(found, found);
}

async function loadConfigFile(file: string, shown: string): Promise<LoadedConfig> {
  const dir = dirname(file);
  const ext = extname(file).toLowerCase();
  const isPackage = basename(file) === 'package.json';
  const at = (messageId: string, data: Record<string, string | number> = {}, line = 1, column = 1): ConfigError =>
    new ConfigError([{ file: shown, line, column, messageId, data }]);

  let raw: unknown;
  let positions: Positions | (() => Positions | undefined) | undefined;
  if (ext === '.mjs' || ext === '.js' || ext === '.cjs') {
    if (!isFile(file)) throw at('config.readError', { detail: 'ENOENT' });
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      if (!('default' in mod)) throw at('config.noDefault');
      raw = mod.default;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw at('config.loadError', { detail: firstLine(error) });
    }
  } else {
    let text: string;
    try {
      text = stripBom(readFileSync(file, 'utf8'));
    } catch (error) {
      throw at('config.readError', { detail: (error as NodeJS.ErrnoException).code ?? firstLine(error) });
    }
    const prefix = isPackage ? ['thuatngu'] : [];
    const read = (): { doc: Document; lines: LineCounter } => {
      const lines = new (yaml().LineCounter)();
      return { doc: yaml().parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
    };
    if (ext === '.json') {
      try {
        raw = JSON.parse(text);
      } catch (error) {
        const { doc, lines } = read();
        const where = syntaxPosition(doc, lines, text, error);
        throw at('config.invalidJson', { detail: where.detail }, where.line, where.column);
      }
      // Positions are needed only to point at a problem.
      positions = () => {
        const { doc, lines } = read();
        return doc.errors.length === 0 ? { doc, lines, prefix } : undefined;
      };
    } else {
      const { doc, lines } = read();
      const yamlError = doc.errors[0];
      if (yamlError) {
        const { line, col } = lines.linePos(yamlError.pos[0]);
        throw at('config.invalidYaml', { detail: yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }, line, col);
      }
      raw = doc.toJS();
      positions = { doc, lines, prefix };
    }
    if (isPackage) raw = (raw as Record<string, unknown> | null)?.thuatngu;
  }
  if (raw === undefined || raw === null) raw = isPackage ? raw : {};
  const config = validateConfig(raw, shown, positions);
  if (config.glossary) config.glossary = config.glossary.map((p) => resolve(dir, p));
  return { config, file, dir };
}

/** Where JSON.parse stopped: yaml's error position, else the offset in V8's message, else 1:1. */
function syntaxPosition(
  doc: Document,
  lines: LineCounter,
  text: string,
  error: unknown,
): { line: number; column: number; detail: string } {
  const detail = firstLine(error).replace(/^SyntaxError: /, '');
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lines.linePos(yamlError.pos[0]);
    return { line, column: col, detail };
  }
  const m = /position (\d+)/.exec(detail);
  if (m) {
    const { line, col } = lines.linePos(Math.min(Number(m[1]), text.length));
    return { line, column: col, detail };
  }
  if (text.trim() === '') return { line: 1, column: 1, detail };
  const end = lines.linePos(text.length);
  return { line: end.line, column: end.col, detail };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

const SETTINGS = Object.keys(configSchema.entries).filter((k) => k !== '$schema');

/**
 * Check the settings' shape; every problem becomes one located issue. `positions` may be a function
 * that finds them, called only when there is a problem.
 */
export function validateConfig(raw: unknown, file: string, positions?: Positions | (() => Positions | undefined)): Config {
  const issues: ConfigIssue[] = [];
  let found: Positions | undefined;
  let looked = false;
  const where = (): Positions | undefined => {
    if (!looked) {
      looked = true;
      found = typeof positions === 'function' ? positions() : positions;
    }
    return found;
  };
  const add = (path: PropertyKey[], messageId: string, data: Record<string, string | number>, key = false): void => {
    const at = where();
    const { line, column } = at ? locate(at, path, key) : { line: 1, column: 1 };
    issues.push({ file, line, column, messageId, data });
  };

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add([], 'config.notObject', { found: describe(raw) });
    throw new ConfigError(issues);
  }

  // Unknown rule ids first: a misspelt id silently doing nothing is the worst outcome.
  const rules = (raw as Record<string, unknown>).rules;
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id))
        add(['rules', id], 'config.unknownRule', { rule: id, allowed: RULE_IDS.join(', ') }, true);
    }
  }

  const parsed = v.safeParse(configSchema, raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.issues) {
      const path = (issue.path ?? []).map((item) => item.key as PropertyKey);
      // A value with two problems (-1.5: not whole, not above 0) gets one message.
      if (seen.has(formatPath(path))) continue;
      seen.add(formatPath(path));
      reportIssue(issue, path, raw, add);
    }
  }
  if (issues.length > 0 || !parsed.success) {
    if (issues.length === 0) add([], 'config.badSetting', { path: formatPath([]), detail: parsed.issues?.[0]?.message ?? '' });
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigError(issues);
  }
  const data = parsed.output;
  const config: Config = {};
  if (data.rules) config.rules = { ...data.rules };
  if (data.glossary) config.glossary = [...data.glossary];
  if (data.builtin !== undefined) config.builtin = data.builtin;
  if (data.spelling) config.spelling = data.spelling;
  if (data.ignores) config.ignores = [...data.ignores];
  if (data.maxFileSize !== undefined) config.maxFileSize = data.maxFileSize;
  if (data.lang) config.lang = data.lang;
  if (data.date) config.date = data.date;
  if (data.pairs) config.pairs = data.pairs.map((p) => ({ ...p }));
  return config;
}

type Add = (path: PropertyKey[], messageId: string, data: Record<string, string | number>, key?: boolean) => void;

/** One of valibot's issues as the located message a user reads. */
function reportIssue(issue: v.BaseIssue<unknown>, path: PropertyKey[], raw: unknown, add: Add): void {
  const shownPath = formatPath(path);
  const value = valueAt(raw, path);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    // valibot names the first key it does not know; every unknown key of that object is reported.
    const parent = path.slice(0, -1);
    const container = valueAt(raw, parent) as Record<string, unknown>;
    const allowed: readonly string[] = parent.length === 0 ? SETTINGS : PAIR_KEYS;
    for (const key of Object.keys(container)) {
      if (allowed.includes(key) || (parent.length === 0 && key === '$schema')) continue;
      add([...parent, key], 'config.unknownKey', { key: formatPath([...parent, key]), allowed: allowed.join(', ') }, true);
    }
    return;
  }
  if (value === undefined) {
    add(path, 'config.missing', { path: shownPath });
    return;
  }
  switch (issue.type) {
    case 'picklist':
      if (path[0] === 'rules' && path.length === 2 && !(RULE_IDS as readonly string[]).includes(String(path[1]))) return;
      add(path, 'config.badValue', { path: shownPath, allowed: issue.message, found: describe(value) });
      return;
    case 'integer':
    case 'min_value':
      add(path, 'config.badNumber', { path: shownPath, found: describe(value) });
      return;
    case 'check':
      if (path[0] === 'date') add(path, 'config.badDate', { path: shownPath, found: describe(value) });
      else add(path, 'config.badSetting', { path: shownPath, detail: issue.message });
      return;
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'custom': // not a mapping
    case 'strict_object':
      add(path, 'config.badType', { path: shownPath, expected: TYPE_NAMES[issue.type] ?? issue.type, found: describe(value) });
      return;
    default:
      add(path, 'config.badSetting', { path: shownPath, detail: issue.message });
  }
}

/** The type a schema asked for, as the message names it. */
const TYPE_NAMES: Record<string, string> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  array: 'array',
  custom: 'object',
  strict_object: 'object',
};

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(root)';
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A short, language-neutral picture of what was found. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** line:column of the value at `path` (or of its key), falling back to the nearest parent. */
function locate({ doc, lines, prefix }: Positions, path: readonly PropertyKey[], key: boolean): { line: number; column: number } {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  const full = [...prefix, ...path];
  for (let i = 0; i < full.length; i++) {
    const seg = full[i];
    const last = i === full.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      const target = last && key ? pair.key : pair.value;
      const range = (target as { range?: [number, number, number] } | null)?.range;
      if (range) offset = range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) offset = item.range[0];
      node = item;
    } else break;
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
