/**
 * The default reporter on a terminal, shaped like ESLint's "stylish": per file, the path and one
 * aligned row per message (line:column, severity, message, rule id), then a summary.
 */
import type { FileResult, Severity } from '../types.js';
import { createTranslator } from '../messages/i18n.js';
import { ansi, displayWidth, oneLine, pad, plain } from './ansi.js';
import { messageText, relativePath, type ReporterOptions } from './shared.js';

/** The widest message column that other rows are padded to. */
const ALIGN_MAX = 200;

export function formatStylish(results: FileResult[], options: ReporterOptions): string {
  const t = createTranslator(options.lang);
  const style = options.color ? ansi : plain;
  const severityColor: Record<Severity, (s: string) => string> = {
    error: style.red,
    warning: style.yellow,
    info: style.blue,
  };
  const label: Record<Severity, string> = {
    error: t('reporters:severity.error'),
    warning: t('reporters:severity.warning'),
    info: t('reporters:severity.info'),
  };

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  const blocks: string[] = [];

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;

    const rows = result.messages.map((m) => {
      if (m.fix) fixable++;
      return {
        line: String(m.place.start.line),
        column: String(m.place.start.column),
        severity: m.severity,
        text: oneLine(messageText(m)),
        ruleId: oneLine(m.ruleId),
      };
    });
    const lineWidth = Math.max(...rows.map((r) => r.line.length));
    const columnWidth = Math.max(...rows.map((r) => r.column.length));
    const severityWidth = Math.max(...rows.map((r) => displayWidth(label[r.severity])));
    // Messages are padded to the longest one of the file, up to ALIGN_MAX columns: one long
    // message (a quoted paragraph) must not push every rule id of the file off the screen.
    const textWidth = Math.max(0, ...rows.map((r) => displayWidth(r.text)).filter((w) => w <= ALIGN_MAX));

    const lines = [style.underline(oneLine(relativePath(result.filePath, options.cwd)))];
    for (const r of rows) {
      // Line numbers right-aligned and columns left-aligned, so the colons line up.
      const place = style.dim(`${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
      const severity = severityColor[r.severity](pad(label[r.severity], severityWidth));
      const cells = [place, severity, pad(r.text, textWidth), style.dim(r.ruleId)];
      lines.push(`  ${cells.join('  ')}`.trimEnd());
    }
    blocks.push(lines.join('\n'));
  }

  if (blocks.length === 0) return '';

  const total = errors + warnings + infos;
  const summaryColor = errors > 0 ? style.red : warnings > 0 ? style.yellow : style.blue;
  const summary = [
    summaryColor(style.bold(`✖ ${t('reporters:summary', { total, errors, warnings, infos })}`)),
  ];
  if (fixable > 0) summary.push(summaryColor(style.bold(`  ${t('reporters:fixable', { fixable })}`)));

  return `${blocks.join('\n\n')}\n\n${summary.join('\n')}\n`;
}
