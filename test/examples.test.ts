/**
 * The bundled example: its report is the expected one next to it, and it says what issue #3's
 * acceptance list says about the Quang Tri article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleReport, root } from './examples.report.js';

const name = 'quang-tri-mass-mobilization.md';

describe(`examples/${name}`, async () => {
  const [report] = await exampleReport(name);
  const messages = report!.messages as Array<{ ruleId: string; actual: string; severity: string }>;
  const text = readFileSync(join(root, 'examples', name), 'utf8');
  const by = (ruleId: string, actual: RegExp) => messages.filter((m) => m.ruleId === ruleId && actual.test(m.actual));

  it('matches the expected report', () => {
    const expected = JSON.parse(readFileSync(join(root, 'examples', name.replace(/\.md$/, '.expected.json')), 'utf8'));
    expect([report]).toEqual(expected);
  });

  it('reports each of the 5 occurrences of "Central Committee for Mass Mobilization"', () => {
    expect(text.match(/Central Committee for Mass Mobilization/g)).toHaveLength(5);
    expect(by('deprecated-term', /^Central Committee for Mass Mobilization$/)).toHaveLength(5);
  });

  it('reports "Provincial Party Committee for Mass Mobilization", and the two renderings of that commission', () => {
    expect(by('deprecated-term', /^Provincial Party Committee for Mass Mobilization$/)).toHaveLength(1);
    expect(by('inconsistent-term', /^Provincial Party Committee for Mass Mobilization$/)).toHaveLength(1);
  });

  it('reports all 3 "Skilled mass mobilization" occurrences, and the two capitalisations', () => {
    expect(by('deprecated-term', /^Skilled mass mobilization$/i)).toHaveLength(3);
    expect(by('inconsistent-term', /^Skilled mass mobilization$/i)).toHaveLength(1);
  });

  it("reports People's Council delegates (deputies)", () => {
    expect(by('deprecated-term', /^People's Council delegates$/)).toHaveLength(1);
  });

  it.each([
    'Vietnam Fatherland Front',
    'Standing Committee of the Quang Tri Provincial Party Committee',
    'Standing Deputy Secretary of the Provincial Party Committee',
    "Chairman of the Provincial People's Council",
    'socio-political organizations',
    'great national unity bloc',
    'site clearance',
    'commune-level administrative units',
  ])('reports nothing on "%s"', (phrase) => {
    expect(text).toContain(phrase);
    const at: number[] = [];
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) at.push(i);
    const lines = text.split('\n');
    const offsetOf = (line: number, column: number) =>
      lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    for (const m of report!.messages as Array<{ line: number; column: number; endLine: number; endColumn: number }>) {
      const start = offsetOf(m.line, m.column);
      const end = offsetOf(m.endLine, m.endColumn);
      for (const a of at) expect(end <= a || start >= a + phrase.length, `${JSON.stringify(m)} overlaps "${phrase}"`).toBe(true);
    }
  });

  it('reports no spelling finding (the article is consistently American)', () => {
    expect(messages.filter((m) => m.ruleId === 'spelling-variant')).toEqual([]);
  });
});
