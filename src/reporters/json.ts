/**
 * Machine-readable output: the results as JSON, one object per file, with flat positions
 * (line/column from `place.start`, endLine/endColumn from `place.end`), as ESLint's json reporter.
 */
import type { FileResult, Fix, Severity } from '../types.js';
import { messageText, type ReporterOptions } from './shared.js';

interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual: string;
  expected: string[];
  conceptId: string | undefined;
  fix?: Fix;
  url?: string;
}

interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function formatJson(results: FileResult[], _options: ReporterOptions): string {
  const files: JsonFile[] = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => {
      const out: JsonMessage = {
        ruleId: m.ruleId,
        severity: m.severity,
        message: messageText(m),
        line: m.place.start.line,
        column: m.place.start.column,
        endLine: m.place.end.line,
        endColumn: m.place.end.column,
        actual: m.actual,
        expected: m.expected,
        conceptId: m.conceptId,
      };
      if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
      if (m.url !== undefined) out.url = m.url;
      return out;
    }),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
  }));
  return JSON.stringify(files);
}
