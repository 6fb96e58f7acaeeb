/**
 * Glossary problems → lines of text in the user's language: `file:line:column  what and how to fix`.
 */
import { createTranslator, type Lang } from '../messages/i18n.js';
import type { GlossaryIssue } from '../glossary/issues.js';

export function formatGlossaryIssues(issues: readonly GlossaryIssue[], lang: Lang): string {
  const t = createTranslator(lang);
  const lines = issues.map(
    (i) => `${i.file}:${i.line}:${i.column}  ${t('glossary:error')}: ${t(`glossary:${i.messageId}`, i.data)}`,
  );
  lines.push(t('glossary:summary', { count: issues.length }));
  return `${lines.join('\n')}\n`;
}
