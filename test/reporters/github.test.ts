import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { CWD, makeMessage, makeResult, results } from './fixtures.js';

describe('GitHub escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['100%', '100%25'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A literal', '%250A literal'],
    ['a: b, c', 'a: b, c'],
  ])('escapes data %j', (input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });

  it.each([
    ['thuatngu (term-case)', 'thuatngu (term-case)'],
    ['C:\\tin\\a,b.md', 'C%3A\\tin\\a%2Cb.md'],
    ['50%: x,\ny', '50%25%3A x%2C%0Ay'],
    ['%3A', '%253A'],
  ])('escapes property %j', (input, expected) => {
    expect(escapeProperty(input)).toBe(expected);
  });
});

describe('formatGithub', () => {
  it('prints nothing for no messages', () => {
    expect(formatGithub([], { lang: 'en' })).toBe('');
    expect(formatGithub([makeResult('a.md', [])], { lang: 'en' })).toBe('');
  });

  it('prints one workflow command per message, by severity', () => {
    const out = formatGithub(results, { lang: 'en', cwd: CWD });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "::error file=bai-viet/dai-hoi.md,line=3,col=12,endLine=3,endColumn=60,title=thuatngu (deprecated-term)::Use “Provincial Party Committee's Mass Mobilisation Commission”, not “Provincial Party Committee for Mass Mobilization”.",
    );
    expect(lines[1]).toMatch(/^::warning file=bai-viet\/dai-hoi\.md,line=12,col=1,endLine=12,endColumn=18,title=thuatngu \(term-case\)::Capitalise/);
    expect(lines[2]).toMatch(/^::notice file=bai-viet\/dai-hoi\.md,line=120,col=7,/);
    expect(lines[3]).toMatch(/^::error file=bai-viet\/hội nghị\.md,line=1,col=1,/);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('escapes the file, the title and the message so that each stays one command', () => {
    const m = makeMessage({
      ruleId: 'number-mismatch',
      severity: 'warning',
      at: [4, 2, 30],
      actual: '3,25%',
      message: 'Numbers differ: “3,25%” vs “3.5%”:\nsource line two\r\n::error::injected',
    });
    const out = formatGithub([makeResult('/repo/báo cáo, 2025: tổng kết.md', [m])], { lang: 'vi', cwd: '/repo' });
    expect(out).toBe(
      '::warning file=báo cáo%2C 2025%3A tổng kết.md,line=4,col=2,endLine=4,endColumn=7,title=thuatngu (number-mismatch)' +
        '::Numbers differ: “3,25%25” vs “3.5%25”:%0Asource line two%0D%0A::error::injected\n',
    );
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });
});
