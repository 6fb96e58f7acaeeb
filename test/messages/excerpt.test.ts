import { describe, expect, it } from 'vitest';
import { excerpt, EXCERPT_MAX } from '../../src/messages/excerpt.js';
import { createTranslator } from '../../src/messages/i18n.js';

const paragraph =
  '<p>This portal publishes the open data of the provincial People’s Committee.</p> <p>Each dataset names the department that keeps it.</p>';

describe('excerpt', () => {
  it('leaves a short text as it is, white space made single', () => {
    expect(excerpt('Save changes')).toBe('Save changes');
    expect(excerpt('  Save\n\tchanges  ')).toBe('Save changes');
    expect(excerpt('')).toBe('');
  });

  it('cuts a long text at a space near the limit and ends it with an ellipsis', () => {
    const out = excerpt(paragraph);
    expect(out.endsWith('…')).toBe(true);
    expect(Array.from(out).length).toBeLessThanOrEqual(EXCERPT_MAX + 1);
    expect(paragraph.startsWith(out.slice(0, -1))).toBe(true);
    // cut between words, not inside one
    expect(paragraph.charAt(out.length - 1)).toBe(' ');
  });

  it('cuts a text without spaces at the limit, never inside an astral character', () => {
    const emoji = '😀'.repeat(EXCERPT_MAX + 5);
    const out = excerpt(emoji);
    expect(out).toBe(`${'😀'.repeat(EXCERPT_MAX)}…`);
    expect(excerpt('x'.repeat(EXCERPT_MAX))).toBe('x'.repeat(EXCERPT_MAX));
    expect(excerpt('x'.repeat(EXCERPT_MAX + 1))).toBe(`${'x'.repeat(EXCERPT_MAX)}…`);
  });

  it('does not end on punctuation before the ellipsis', () => {
    const text = `${'word '.repeat(10)}end, ${'more '.repeat(20)}`;
    const out = excerpt(text, 56);
    expect(out).toMatch(/\p{L}…$/u);
  });
});

describe('messages that quote a key shorten it, in both languages', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(lang, () => {
      const t = createTranslator(lang);
      const long = t('pair:untranslated', { key: paragraph });
      expect(long).toContain(`“${excerpt(paragraph)}”`);
      expect(long).not.toContain('department');
      expect(t('pair:untranslated', { key: 'app.save' })).toContain('“app.save”');
      expect(t('formats:duplicateEntry', { key: paragraph })).toContain(excerpt(paragraph));
      expect(t('formats:keyMissing', { key: 'a.b' })).toContain('“a.b”');
    });
  }
});
