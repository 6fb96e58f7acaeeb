/** Normalisation: the single source of truth for how text and terms become comparable keys. */
export { foldVi, hasVietnameseLetters, normalizeVi, toOldTonePlacement, tonePlacementStyle } from './vi.js';
export { baseForm, counterpart, normalizePunctuation, spellingAxis, spellingKey, spellingVariant, type SpellingAxis } from './en.js';
export { countSpellings, createSpellingTally, foldKeys, forEachWord, letterOrMarkAt, ownerId, termKeys, tokenKey, tokenize, tallySpelling, tokenSpelling, tokenSpellingAxis, trailingLetters, widthAt, Word, wordSpelling, type SpellingTally } from './tokens.js';
export type { Token } from './tokens.js';
