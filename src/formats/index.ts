/** Format adapters: Markdown and plain text → segments with offset maps. */
export { createLocator, toSourceOffset, sourceSpan, type Locator } from './locate.js';
export { parseDirectives, isSuppressed, type Directive } from './directives.js';
export { parseMarkdown, type ParsedDocument, type ParseMarkdownOptions } from './markdown.js';
export { parseText } from './text.js';
export { splitMarkdown, DEFAULT_CHUNK_SIZE } from './chunk.js';
export { parseI18nextPair } from './i18next.js';
export { parseXliff } from './xliff.js';
export { parsePo, countPoStatistics } from './po.js';
export { alignDocuments } from './align.js';
export { FormatError, type BilingualDocument, type Unit, type UnitNote, type Side } from './units.js';
