/**
 * Finding the configuration file, and what the CLI needs to know about configuration without
 * loading the YAML parser or the schema validator (config.ts does that, only when a file exists):
 * a run without a configuration starts faster.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RuleLevel } from '../rules/index.js';
import type { Lang } from '../messages/i18n.js';

export const CONFIG_FILES = [
  'thuatngu.config.json',
  'thuatngu.config.yaml',
  'thuatngu.config.yml',
  'thuatngu.config.mjs',
  'thuatngu.config.js',
] as const;

export const RULE_LEVELS = ['error', 'warning', 'info', 'off'] as const;
export const SPELLINGS = ['consistent', 'en-GB', 'en-US', 'en-GB-oxendict'] as const;
export type SpellingSetting = (typeof SPELLINGS)[number];

/** YYYY-MM-DD, a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export interface Config {
  rules?: Partial<Record<string, RuleLevel>>;
  glossary?: string[];
  /** false: use only the `glossary` files, not the built-in glossary. */
  builtin?: boolean;
  spelling?: SpellingSetting;
  ignores?: string[];
  maxFileSize?: number;
  lang?: Lang;
  date?: string;
  /** Source/target file pairs: accepted and kept for the bilingual rules; not used yet. */
  pairs?: Array<{ source: string; target: string }>;
}

export interface LoadedConfig {
  config: Config;
  /** The file the settings came from; undefined when none was found. */
  file?: string;
  /** The folder that `ignores` and `glossary` paths are relative to. */
  dir: string;
}

/** One problem in a configuration file, as data: the CLI renders it in the user's language. */
export interface ConfigIssue {
  file: string;
  line: number;
  column: number;
  messageId: string;
  data: Record<string, string | number>;
}

export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    const first = issues[0];
    super(first ? `${first.file}:${first.line}:${first.column} ${first.messageId}` : 'configuration error');
    this.name = 'ConfigError';
  }
}

/** The configuration file that applies to `cwd`, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = resolve(dir, name);
      if (isFile(candidate)) return candidate;
    }
    const pkg = resolve(dir, 'package.json');
    if (isFile(pkg)) {
      if (packageHasConfig(pkg)) return pkg;
      return undefined; // the root of a project without a configuration
    }
    if (existsSync(resolve(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function packageHasConfig(path: string): boolean {
  try {
    const pkg = JSON.parse(stripBom(readFileSync(path, 'utf8'))) as unknown;
    return typeof pkg === 'object' && pkg !== null && Object.hasOwn(pkg, 'thuatngu');
  } catch {
    return false; // a broken package.json is not ours to report
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
