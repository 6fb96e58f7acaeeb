/**
 * GitHub Actions workflow commands: one annotation per message, shown on the pull request diff.
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` (warning → ::warning,
 * info → ::notice), with GitHub's escaping of properties and data.
 */
import type { FileResult, Severity } from '../types.js';
import { messageText, relativePath, type ReporterOptions } from './shared.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escape the message part of a workflow command (after `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (`file=`, `title=`, …): data escaping plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[], options: ReporterOptions): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, options.cwd);
    for (const m of result.messages) {
      const { start, end } = m.place;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`thuatngu (${m.ruleId})`)}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(messageText(m))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
