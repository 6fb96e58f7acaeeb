/**
 * Which files `thuatngu check` reads: folders are walked for Markdown and plain text, globs are
 * expanded (tinyglobby), files named outright are taken as they are. node_modules, .git and dist
 * are never walked; the config's `ignores` (globs relative to the config file) leave out more.
 * A path that does not exist, or a glob that matches nothing, is a usage error naming it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CheckFormat } from '../check.js';
import type { BilingualFileFormat } from '../check-pair.js';
import { tinyglobby } from './globs.js';
import { UsageError } from './io.js';

export const CHECKED_EXTENSIONS = ['md', 'markdown', 'txt', 'po', 'xlf', 'xliff'] as const;
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/dist/**'] as const;

const WALK_PATTERN = `**/*.{${CHECKED_EXTENSIONS.join(',')}}`;

/** Markdown for .md and .markdown; gettext PO and XLIFF (both sides in one file); plain text for everything else. */
export function formatOf(path: string): CheckFormat | BilingualFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.po' || ext === '.pot') return 'po';
  if (ext === '.xlf' || ext === '.xliff') return 'xliff';
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

export interface DiscoverOptions {
  /** Where relative inputs are resolved. */
  cwd: string;
  /** The folder that `ignores` are relative to (the config file's folder, else cwd). */
  base?: string;
  /** Globs of files to leave out, relative to `base`. */
  ignores?: readonly string[];
}

/** The files to check, absolute, each once, in a stable order (inputs in order, sorted within). */
export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const base = resolve(options.base ?? options.cwd);
  const ignores = (options.ignores ?? []).map((p) => (p.endsWith('/') ? `${p}**` : p));
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (files: string[]): void => {
    for (const f of files.sort()) {
      if (!seen.has(f)) {
        seen.add(f);
        out.push(f);
      }
    }
  };

  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    const kind = kindOf(abs);
    if (kind === 'dir') {
      add(await globFrom(abs, WALK_PATTERN, { base, ignores, defaults: true, dot: false }));
    } else if (kind === 'other' || (kind === 'file' && ignores.length === 0)) {
      // Named outright: taken even in node_modules or dist, whatever its extension. Something that
      // is not a regular file (a pipe, a device) is taken too, so that reading reports it.
      add([abs]);
    } else if (kind === 'file') {
      // …but the config's ignores still apply.
      const { escapePath } = await tinyglobby();
      add(await globFrom(dirname(abs), escapePath(basename(abs)), { base, ignores, defaults: false, dot: true }));
    } else if ((await tinyglobby()).isDynamicPattern(input)) {
      const { dir, rest } = await splitPattern(resolve(options.cwd), toPosix(input));
      const files = kindOf(dir) === 'dir' ? await globFrom(dir, rest, { base, ignores, defaults: true, dot: false }) : [];
      if (files.length === 0) throw new UsageError('noMatch', { pattern: input });
      add(files);
    } else {
      throw new UsageError('pathNotFound', { path: input });
    }
  }
  return out;
}

function kindOf(path: string): 'dir' | 'file' | 'other' | 'none' {
  try {
    const info = statSync(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/**
 * A glob → the deepest folder it names without a wildcard (resolved against `cwd`) and the rest of
 * the pattern, so that a glob such as `../docs/*.md` runs from `../docs`.
 */
export async function splitPattern(cwd: string, pattern: string): Promise<{ dir: string; rest: string }> {
  const { isDynamicPattern } = await tinyglobby();
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !isDynamicPattern(parts[i]!)) i++;
  const fixed = parts.slice(0, i).join('/');
  return { dir: resolve(cwd, fixed === '' && pattern.startsWith('/') ? '/' : fixed), rest: parts.slice(i).join('/') };
}

interface GlobFromOptions {
  base: string;
  ignores: readonly string[];
  defaults: boolean;
  dot: boolean;
}

/**
 * Expand `pattern` (relative to `dir`). When `dir` lies inside `base`, the glob runs from `base`
 * so that the config's ignores (relative to `base`) apply as written; outside it, only ignores
 * that match at any depth (starting with two stars and a slash) can apply.
 */
async function globFrom(dir: string, pattern: string, options: GlobFromOptions): Promise<string[]> {
  const rel = relative(options.base, dir);
  const inside = rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  const ignore = [
    ...(options.defaults ? DEFAULT_IGNORES : []),
    ...(inside ? options.ignores : options.ignores.filter((p) => p.startsWith('**/'))),
  ];
  const cwd = inside ? options.base : dir;
  const { escapePath, glob } = await tinyglobby();
  const prefix = inside && rel !== '' ? `${escapePath(toPosix(rel))}/` : '';
  return glob([`${prefix}${pattern}`], { cwd, ignore, absolute: true, onlyFiles: true, dot: options.dot, expandDirectories: false });
}
