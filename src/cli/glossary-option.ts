/**
 * `--glossary <file>`: read user glossary files and build the glossary they describe.
 */
import { resolve } from 'node:path';
import { createGlossary } from '../glossary/create.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { GlossaryError } from '../glossary/issues.js';
import type { GlossaryFile } from '../glossary/load.js';
import { readFileSync } from 'node:fs';

export function readUserFiles(paths: readonly string[], cwd: string): GlossaryFile[] {
  return paths.map((p) => {
    try {
      return { path: p, text: readFileSync(resolve(cwd, p), 'utf8') };
    } catch (error) {
      throw new GlossaryError([
        { file: p, line: 1, column: 1, messageId: 'readError', data: { detail: (error as Error).message } },
      ]);
    }
  });
}

/** `builtin: false` (`--no-builtin`): the files alone, without the built-in glossary under them. */
export function loadGlossaryOption(paths: readonly string[] | undefined, cwd: string, builtin = true): CompiledGlossary {
  return createGlossary({ files: readUserFiles(paths ?? [], cwd), builtin });
}
