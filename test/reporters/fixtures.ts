/** A small fixed result set shared by the reporter tests: every severity, a fix, two files. */
import type { FileResult, Message, Severity } from '../../src/types.js';

export const CWD = '/home/bientap/tin';

interface Spec {
  ruleId: string;
  severity: Severity;
  /** [line, column, offset] of the start; the end is on the same line. */
  at: [number, number, number];
  actual: string;
  expected?: string[];
  message: string;
  conceptId?: string;
  fix?: string;
  url?: string;
}

export function makeMessage(spec: Spec): Message {
  const [line, column, offset] = spec.at;
  const length = spec.actual.length;
  return {
    ruleId: spec.ruleId,
    source: 'thuatngu',
    severity: spec.severity,
    place: {
      start: { line, column, offset },
      end: { line, column: column + length, offset: offset + length },
    },
    actual: spec.actual,
    expected: spec.expected ?? [],
    ...(spec.conceptId !== undefined && { conceptId: spec.conceptId }),
    messageId: `${spec.ruleId}/default`,
    data: { actual: spec.actual },
    message: spec.message,
    ...(spec.url !== undefined && { url: spec.url }),
    ...(spec.fix !== undefined && { fix: { range: [offset, offset + length] as [number, number], text: spec.fix } }),
  };
}

export function makeResult(filePath: string, messages: Message[]): FileResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

export const deprecated = makeMessage({
  ruleId: 'deprecated-term',
  severity: 'error',
  at: [3, 12, 140],
  actual: 'Provincial Party Committee for Mass Mobilization',
  expected: ["Provincial Party Committee's Mass Mobilisation Commission"],
  conceptId: 'ban-dan-van-tinh-uy',
  message: "Use “Provincial Party Committee's Mass Mobilisation Commission”, not “Provincial Party Committee for Mass Mobilization”.",
  fix: "Provincial Party Committee's Mass Mobilisation Commission",
  url: 'https://example.org/rules/deprecated-term',
});

export const termCase = makeMessage({
  ruleId: 'term-case',
  severity: 'warning',
  at: [12, 1, 610],
  actual: 'national assembly',
  expected: ['National Assembly'],
  conceptId: 'quoc-hoi',
  message: 'Capitalise “National Assembly”.',
  fix: 'National Assembly',
});

export const spelling = makeMessage({
  ruleId: 'spelling-variant',
  severity: 'info',
  at: [120, 7, 5000],
  actual: 'programme',
  expected: ['program'],
  message: 'British and American spellings are mixed: “programme”.',
});

export const missing = makeMessage({
  ruleId: 'missing-term',
  severity: 'error',
  at: [1, 1, 0],
  actual: 'Ban Bí thư',
  message: 'The source names “Ban Bí thư”; the translation does not render it.',
  conceptId: 'ban-bi-thu',
});

export const results: FileResult[] = [
  makeResult(`${CWD}/bai-viet/dai-hoi.md`, [deprecated, termCase, spelling]),
  makeResult(`${CWD}/sach.md`, []),
  makeResult(`${CWD}/bai-viet/hội nghị.md`, [missing]),
];
