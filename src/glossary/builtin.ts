/**
 * The built-in glossary, compiled at build time (scripts/build-glossary.ts) from glossary/*.yaml
 * into generated/builtin.json, so that no YAML is parsed at run time.
 */
import builtin from './generated/builtin.json' with { type: 'json' };
import type { GlossaryData } from '../types.js';
import { compileGlossary, type CompiledGlossary } from './compile.js';

let compiled: CompiledGlossary | undefined;

export function getBuiltinData(): GlossaryData {
  return builtin as unknown as GlossaryData;
}

/** The compiled built-in glossary, built on first use and shared afterwards. */
export function getBuiltinGlossary(): CompiledGlossary {
  compiled ??= compileGlossary(getBuiltinData());
  return compiled;
}
