/**
 * createGlossary(): the built-in glossary, optionally extended by user glossary files (YAML text):
 * add concepts, override a built-in concept by id, disable ids. Throws GlossaryError with located
 * issues when a file is malformed.
 */
import type { GlossaryData } from '../types.js';
import { builtinTermKeys, getBuiltinData, getBuiltinGlossary } from './builtin.js';
import { compileGlossary, keysCache, type CompiledGlossary, type KeysOf } from './compile.js';
import { GlossaryError } from './issues.js';
import { loadGlossaryFiles, type GlossaryFile } from './load.js';
import { mergeGlossary } from './merge.js';

export interface CreateGlossaryOptions {
  /** User glossary files (YAML), applied in order over the base. */
  files?: GlossaryFile[];
  /** Start from the built-in glossary (default) or from nothing. */
  builtin?: boolean;
}

export function createGlossary(options: CreateGlossaryOptions = {}): CompiledGlossary {
  const useBuiltin = options.builtin ?? true;
  const files = options.files ?? [];
  if (useBuiltin && files.length === 0) return getBuiltinGlossary();
  const { data, keysOf } = mergeUserFiles(files, useBuiltin);
  return compileGlossary(data, keysOf);
}

/**
 * The built-in glossary (or nothing) with user glossary files applied in order, checked; throws
 * GlossaryError with located issues. `keysOf` holds every term's keys, for the compile that follows.
 */
export function mergeUserFiles(files: GlossaryFile[], useBuiltin = true): { data: GlossaryData; keysOf: KeysOf } {
  const base: GlossaryData = useBuiltin ? getBuiltinData() : { concepts: [], places: [] };
  const loaded = loadGlossaryFiles(files, {
    roleOf: () => 'user',
    knownIds: new Set(base.concepts.map((c) => c.id)),
  });
  // Each term's keys are computed once, for the consistency check and the compile alike.
  const keysOf = keysCache(useBuiltin ? builtinTermKeys() : undefined);
  const { data, issues } = mergeGlossary(base, loaded, keysOf);
  if (issues.length > 0) throw new GlossaryError(issues);
  return { data, keysOf };
}
