/**
 * thuatngu — the public API, exported by name. Types live in ./types.ts.
 */
export type * from './types.js';
export { DOMAINS, STATUSES } from './types.js';

// Checking and fixing
export { check, fix, fixText, type CheckOptions, type CheckResult, type CheckFormat, type FixTextResult } from './check.js';
export { checkPair, checkBilingualFile, type PairOptions, type PairResult, type PairFormat, type BilingualFileFormat } from './check-pair.js';
export { remarkThuatngu, type RemarkThuatnguOptions } from './remark.js';
export { RULE_IDS, docsUrl, type RuleId, type RuleLevel } from './rules/index.js';

// The glossary
export { lookup, type LookupMatch, type LookupOptions } from './glossary/lookup.js';
export { createGlossary, type CreateGlossaryOptions } from './glossary/create.js';
export { getBuiltinGlossary } from './glossary/builtin.js';
export { compileGlossary, type CompiledGlossary, type Form, type FormKind } from './glossary/compile.js';
export { loadGlossaryFiles, type GlossaryFile } from './glossary/load.js';
export { GlossaryError, type GlossaryIssue } from './glossary/issues.js';

// Reporting
export { formatStylish, formatJson, formatSarif, formatGithub, getReporter, type ReporterName, type ReporterOptions } from './reporters/index.js';

// Building blocks
export { normalizeVi, foldVi, tokenize, type Token } from './normalize/index.js';
export { createTranslator, type Lang } from './messages/i18n.js';
