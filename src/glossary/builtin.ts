/**
 * The built-in glossary, compiled at build time (scripts/build-glossary.ts) from glossary/*.yaml
 * into generated/builtin.ts (a JSON string), so that no YAML is parsed at run time. The string is
 * parsed on first use: a program that checks with its own glossary alone never pays for it.
 */
import { BUILTIN_JSON } from './generated/builtin.js';
import type { GlossaryData } from '../types.js';
import { compileGlossary, type CompiledGlossary, type PrecomputedKeys } from './compile.js';

let compiled: CompiledGlossary | undefined;
let parsed: { data: GlossaryData; keys: PrecomputedKeys } | undefined;

function builtin(): { data: GlossaryData; keys: PrecomputedKeys } {
  if (!parsed) {
    const { keys, ...data } = JSON.parse(BUILTIN_JSON) as GlossaryData & { keys: PrecomputedKeys };
    parsed = { data, keys };
  }
  return parsed;
}

export function getBuiltinData(): GlossaryData {
  return builtin().data;
}

/** The compiled built-in glossary, built on first use and shared afterwards. */
export function getBuiltinGlossary(): CompiledGlossary {
  if (!compiled) {
    const { data, keys } = builtin();
    compiled = compileGlossary(data, keys);
  }
  return compiled;
}
