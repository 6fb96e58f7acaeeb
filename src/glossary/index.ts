/**
 * `thuatngu/glossary`: the built-in glossary and lookup alone, without the Markdown parser, the
 * YAML loader or the schema validator — what a lookup tool or the offline lookup page needs, and
 * quick to load.
 */
export { lookup, type LookupMatch, type LookupOptions } from './lookup.js';
export { getBuiltinData, getBuiltinGlossary } from './builtin.js';
export { compileGlossary, type CompiledGlossary, type Form, type FormKind } from './compile.js';
export type { Concept, Place, GlossaryData, Domain, Status } from '../types.js';
