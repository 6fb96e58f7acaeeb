/** Normalisation: the single source of truth for how text and terms become comparable keys. */
export { foldVi, hasVietnameseLetters, normalizeVi, toOldTonePlacement, tonePlacementStyle } from './vi.js';
export { baseForm, counterpart, normalizePunctuation, spellingKey, spellingVariant } from './en.js';
export { countSpellings, foldKeys, forEachWord, ownerId, termKeys, tokenKey, tokenize, tokenSpelling, trailingLetters, Word, wordSpelling } from './tokens.js';
export type { Token } from './tokens.js';
