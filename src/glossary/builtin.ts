/**
 * The built-in glossary, compiled at build time (scripts/build-glossary.ts) from glossary/*.yaml
 * into generated/builtin.ts (a JSON string parsed once), so that no YAML is parsed at run time.
 */
import builtin from './generated/builtin.js';
import type { GlossaryData } from '../types.js';
import { compileGlossary, type CompiledGlossary, type PrecomputedKeys } from './compile.js';

let compiled: CompiledGlossary | undefined;

const { keys, ...data } = builtin as unknown as GlossaryData & { keys: PrecomputedKeys };

export function getBuiltinData(): GlossaryData {
  return data;
}

/** The compiled built-in glossary, built on first use and shared afterwards. */
export function getBuiltinGlossary(): CompiledGlossary {
  compiled ??= compileGlossary(data, keys);
  return compiled;
}
