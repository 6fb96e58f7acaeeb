/**
 * Source/target file pairs for the bilingual checks: `--source a.vi.md --target a.en.md`, or the
 * config's `pairs` of path patterns (`content/vi/**\/*.md` ↔ `content/en/**\/*.md`,
 * `locales/vi/*.json` ↔ `locales/en/*.json`): each file matched by the source pattern is paired
 * with the file at the same place under the target pattern.
 */
import { existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { PairFormat } from '../check-pair.js';
import { splitPattern } from './files.js';
import { tinyglobby } from './globs.js';

export interface FilePair {
  source: string;
  /** Absolute path; may not exist (reported then). */
  target: string;
  format: PairFormat;
}

export function pairFormatOf(path: string): PairFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.js' || ext === '.mjs') return 'i18next';
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

const toPosix = (p: string) => (sep === '\\' ? p.replace(/\\/g, '/') : p);

/** The pairs a config pattern pair names, relative to `base` (the config's folder). */
export async function expandPairs(patterns: { source: string; target: string }, base: string): Promise<FilePair[]> {
  const { glob, isDynamicPattern } = await tinyglobby();
  if (!isDynamicPattern(patterns.source)) {
    const source = resolve(base, patterns.source);
    return [{ source, target: resolve(base, patterns.target), format: pairFormatOf(source) }];
  }
  const src = await splitPattern(base, toPosix(patterns.source));
  const tgt = await splitPattern(base, toPosix(patterns.target));
  const files = existsSync(src.dir)
    ? await glob([src.rest], { cwd: src.dir, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })
    : [];
  // The file name's own suffix may differ ("*.vi.md" ↔ "*.en.md").
  const srcSuffix = /\*([^*/]*)$/.exec(src.rest)?.[1] ?? '';
  const tgtSuffix = /\*([^*/]*)$/.exec(tgt.rest)?.[1] ?? '';
  return files.sort().map((source) => {
    let rel = toPosix(relative(src.dir, source));
    if (srcSuffix && rel.endsWith(srcSuffix)) rel = rel.slice(0, -srcSuffix.length) + tgtSuffix;
    return { source, target: join(tgt.dir, rel), format: pairFormatOf(source) };
  });
}
