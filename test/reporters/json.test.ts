import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/reporters/json.js';
import { CWD, deprecated, makeResult, results } from './fixtures.js';

describe('formatJson', () => {
  it('is an empty array for no results', () => {
    expect(formatJson([], { lang: 'en' })).toBe('[]');
  });

  it('gives one object per file with flat positions and nothing else', () => {
    const parsed = JSON.parse(formatJson(results, { lang: 'en', cwd: CWD })) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(3);
    expect(Object.keys(parsed[0]!)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount']);
    expect(parsed[0]).toMatchObject({ filePath: `${CWD}/bai-viet/dai-hoi.md`, errorCount: 1, warningCount: 1, infoCount: 1 });
    expect(parsed[1]).toEqual({ filePath: `${CWD}/sach.md`, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 });

    const [first, , third] = (parsed[0]!.messages as Array<Record<string, unknown>>);
    expect(first).toEqual({
      ruleId: 'deprecated-term',
      severity: 'error',
      message: deprecated.message,
      line: 3,
      column: 12,
      endLine: 3,
      endColumn: 12 + deprecated.actual.length,
      actual: 'Provincial Party Committee for Mass Mobilization',
      expected: ["Provincial Party Committee's Mass Mobilisation Commission"],
      conceptId: 'ban-dan-van-tinh-uy',
      fix: { range: [140, 140 + deprecated.actual.length], text: "Provincial Party Committee's Mass Mobilisation Commission" },
      url: 'https://example.org/rules/deprecated-term',
    });
    // No conceptId, fix or url: the keys are absent, not null.
    expect(Object.keys(third!)).toEqual([
      'ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected',
    ]);
  });

  it('leaves out the message model fields that are not part of the format', () => {
    const out = formatJson([makeResult('a.md', [deprecated])], { lang: 'vi' });
    for (const key of ['"source"', '"place"', '"messageId"', '"data"', '"note"']) expect(out).not.toContain(key);
  });

  it('is the same in both languages (messages arrive rendered)', () => {
    expect(formatJson(results, { lang: 'vi' })).toBe(formatJson(results, { lang: 'en' }));
  });
});
