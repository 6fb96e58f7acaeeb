/**
 * thuatngu — the public API, exported by name. Types live in ./types.ts.
 */
export type * from './types.js';
export { DOMAINS, STATUSES } from './types.js';

export { lookup, type LookupMatch, type LookupOptions } from './glossary/lookup.js';
export { createGlossary, type CreateGlossaryOptions } from './glossary/create.js';
export { getBuiltinGlossary } from './glossary/builtin.js';
export { compileGlossary, type CompiledGlossary, type Form, type FormKind } from './glossary/compile.js';
export { loadGlossaryFiles, type GlossaryFile } from './glossary/load.js';
export { GlossaryError, type GlossaryIssue } from './glossary/issues.js';

export { normalizeVi, foldVi, tokenize, type Token } from './normalize/index.js';
export { createTranslator, type Lang } from './messages/i18n.js';
