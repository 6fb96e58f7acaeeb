/**
 * Reading glossary files from disk (the I/O edge of src/glossary).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryFile } from '../glossary/load.js';

/** The glossary/ folder shipped with the package (next to dist/ or src/). */
export function builtinGlossaryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..']) {
    const dir = resolve(here, up, 'glossary');
    try {
      if (readdirSync(dir).some((f) => f.endsWith('.yaml'))) return dir;
    } catch {
      // not here; try one level up
    }
  }
  throw new Error(`glossary/ folder not found near ${here}`);
}

export function listGlossaryFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function readGlossaryFiles(paths: string[], cwd = process.cwd()): GlossaryFile[] {
  return paths.map((p) => ({ path: relative(cwd, p) || p, text: readFileSync(p, 'utf8') }));
}
