/**
 * The built-in glossary, compiled at build time (scripts/build-glossary.ts) from glossary/*.yaml
 * into generated/builtin.json, so that no YAML is parsed at run time. The file is read and parsed
 * on first use: a program that checks with its own glossary alone never pays for it. The bundles
 * find their copy in dist/generated/ (tsup.config.ts puts it there), the sources theirs in
 * src/glossary/generated/: the same path from the module that reads it. The build also saves the
 * glossary's English near-miss index next to it (dist/generated/builtin.v8, see prebuilt.ts),
 * which a check then reads instead of building it.
 */
import { readFileSync } from 'node:fs';
import type { GlossaryData } from '../types.js';
import { compileGlossary, termKeysOf, type CompiledGlossary, type PrecomputedKeys, type TermKeys } from './compile.js';
import { usePrebuilt } from './prebuilt.js';

const BUILTIN_FILE = new URL('./generated/builtin.json', import.meta.url);
const PREBUILT_FILE = new URL('./generated/builtin.v8', import.meta.url);

let compiled: CompiledGlossary | undefined;
let parsed: { data: GlossaryData; keys: PrecomputedKeys } | undefined;

function builtin(): { data: GlossaryData; keys: PrecomputedKeys } {
  if (!parsed) {
    const { keys, ...data } = JSON.parse(readFileSync(BUILTIN_FILE, 'utf8')) as GlossaryData & { keys: PrecomputedKeys };
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
    usePrebuilt(compiled, PREBUILT_FILE);
  }
  return compiled;
}

/**
 * The keys of the built-in glossary's terms, by text, from the keys computed at build time: a
 * glossary merged from it and user files tokenises only the terms the user files bring.
 */
export function builtinTermKeys(): Map<string, TermKeys> {
  const { data, keys } = builtin();
  return termKeysOf(data, keys);
}
