/**
 * untranslated (DESIGN.md §5), per unit, in this order:
 *
 * 1. state `untranslated`, or no target, or a blank target → `untranslated` (on the target when
 *    there is one, else over the source text);
 * 2. state `fuzzy` → `fuzzy`, severity info, and nothing else: like msgfmt --statistics, fuzzy
 *    entries are counted apart from untranslated ones;
 * 3. a target identical to the source (trimmed, ignoring case, NFC) that has letters → `identical`,
 *    unless it is clearly not for translating: nothing but numbers, placeholders and URLs; from
 *    Vietnamese to English, words with no Vietnamese letter that are one word or all capitalised
 *    or holding digits (names and codes: "Bluezone", "COVID-19", "Bluezone App"); from English to
 *    Vietnamese, one word, or only words with Vietnamese letters (Vietnamese names: "Hà Nội");
 * 4. an English target still in Vietnamese → `targetInSourceLanguage`: more than half of its words
 *    (names that appear in the source with a capital, like "Nguyễn Xuân Phúc", left out) have
 *    Vietnamese letters. Half, because English text quoting a Vietnamese name or term keeps a few
 *    such words, while a Vietnamese sentence has them in most words. A Vietnamese target still in
 *    English: three or more words, none with a Vietnamese letter, at least half of them also words
 *    of the source (so unaccented Vietnamese, "Dang nhap", is not taken for English).
 */
import { hasVietnameseLetters, tokenize, type Token } from '../normalize/index.js';
import type { PairRule } from './pair-types.js';
import { extractPlaceholders } from './placeholders.js';

/** Share of Vietnamese-letter words above which an English target is taken for Vietnamese. */
export const VIETNAMESE_SHARE = 0.5;

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export const untranslated: PairRule = {
  id: 'untranslated',
  severity: 'warning',
  check(view, report) {
    for (const uv of view.units) {
      const { unit, source, target } = uv;
      // Quoted in the messages: the key, or for paired documents the block's text (excerpted by the catalog).
      const key = unit.label ?? unit.key;
      // A key on one side only is already reported by the adapter, at the key.
      if (unit.flags?.includes('keyMissing') || unit.flags?.includes('keyExtra')) continue;
      const blank = !target || target.segment.text.trim() === '';
      // A source that is itself blank (" " as a spacer in a UI) needs no translation.
      if (blank && target && source && source.segment.text.trim() === '') continue;
      if (unit.state === 'untranslated' || blank) {
        if (target) report({ side: 'target', segment: target.segment, start: 0, end: target.segment.text.length, messageId: 'untranslated', data: { key } });
        else if (source) report({ side: 'source', segment: source.segment, start: 0, end: source.segment.text.length, messageId: 'untranslated', data: { key } });
        continue;
      }
      if (unit.state === 'fuzzy') {
        report({ side: 'target', segment: target.segment, start: 0, end: target.segment.text.length, messageId: 'fuzzy', data: { key }, severity: 'info' });
        continue;
      }
      if (!source) continue;
      const s = source.segment.text;
      const t = target.segment.text;
      const whole = { side: 'target' as const, segment: target.segment, start: 0, end: t.length };
      if (same(s, t)) {
        if (needsTranslation(t, unit.placeholders, view.sourceLang)) report({ ...whole, messageId: 'identical', data: { key } });
        continue;
      }
      const words = wordsOf(t, unit.placeholders);
      if (view.targetLang === 'en' && view.sourceLang === 'vi') {
        const sourceNames = new Set(wordsOf(s, unit.placeholders).filter(capitalised).map((w) => w.key));
        const counted = words.filter((w) => !(capitalised(w) && sourceNames.has(w.key)));
        const vi = counted.filter((w) => hasVietnameseLetters(w.raw)).length;
        if (vi > 0 && vi / counted.length > VIETNAMESE_SHARE) {
          report({ ...whole, messageId: 'targetInSourceLanguage', data: { key, share: Math.round((100 * vi) / counted.length) } });
        }
      } else if (view.targetLang === 'vi' && view.sourceLang === 'en') {
        // Acronyms and capitalised names (CSV, JSON, Joe Bloggs) are the same in both languages.
        const sourceWords = new Set(wordsOf(s, unit.placeholders).map((w) => w.key));
        const counted = words.filter((w, i) => !(/^\p{Lu}{2,}$/u.test(w.raw) || (i > 0 && capitalised(w))));
        const shared = counted.filter((w) => sourceWords.has(w.key)).length;
        if (counted.length >= 3 && counted.every((w) => !hasVietnameseLetters(w.raw)) && shared / counted.length >= 0.5) {
          report({ ...whole, messageId: 'targetInSourceLanguage', data: { key, share: Math.round((100 * shared) / counted.length) } });
        }
      }
    }
  },
};

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi');
const same = (a: string, b: string): boolean => fold(a) === fold(b);
const capitalised = (w: Token): boolean => /^\p{Lu}/u.test(w.raw);

/** Word tokens (with a letter) outside placeholders and URLs. */
function wordsOf(text: string, syntaxes: Parameters<typeof extractPlaceholders>[1]): Token[] {
  const blank = [...extractPlaceholders(text, syntaxes).map((p) => [p.start, p.end] as const), ...[...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const)];
  return tokenize(text).filter((t) => /\p{L}/u.test(t.raw) && !blank.some(([a, b]) => t.start < b && t.end > a));
}

/** Whether an identical target is a real miss rather than a name, code or number. */
function needsTranslation(text: string, syntaxes: Parameters<typeof extractPlaceholders>[1], sourceLang: 'vi' | 'en'): boolean {
  const words = wordsOf(text, syntaxes);
  if (words.length === 0) return false;
  const vi = words.filter((w) => hasVietnameseLetters(w.raw)).length;
  if (sourceLang === 'vi') {
    // Vietnamese left as it was; or several plain words that are not all names or codes.
    if (vi > 0) return true;
    return words.length > 1 && !words.every((w) => capitalised(w) || /\p{N}/u.test(w.raw));
  }
  // English left as it was, unless one word, only Vietnamese names ("Hà Nội"), or only capitalised
  // names and codes ("Creative Commons CCZero", "Joe Bloggs"), which stay as they are.
  return words.length > 1 && vi < words.length && !words.every((w) => capitalised(w) || /\p{N}/u.test(w.raw));
}
