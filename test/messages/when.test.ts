import { describe, expect, it } from 'vitest';
import { when } from '../../src/messages/when.js';
import { createTranslator } from '../../src/messages/i18n.js';

describe('when', () => {
  it.each([
    ['2025-03-01', 'on 2025-03-01'],
    ['2025-02', 'in February 2025'],
    ['2026', 'in 2026'],
    ['2025-13', 'on 2025-13'],
    ['soon', 'on soon'],
  ])('%s → %s', (date, phrase) => {
    expect(when(date)).toBe(phrase);
  });

  it('words a superseded body in English, and leaves the Vietnamese catalog its own words', () => {
    const data = { actual: 'X', status: 'merged', date: '2025-02' };
    expect(createTranslator('en')('rules:supersededNoDate', data)).toContain('was merged in February 2025.');
    expect(createTranslator('vi')('rules:supersededNoDate', data)).toContain('từ 2025-02');
  });
});
