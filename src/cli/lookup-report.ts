/**
 * Lookup matches → text for a person, in English or Vietnamese.
 */
import { createTranslator, type Lang } from '../messages/i18n.js';
import type { LookupMatch } from '../glossary/lookup.js';

export function formatLookup(query: string, matches: readonly LookupMatch[], lang: Lang): string {
  const t = createTranslator(lang);
  if (matches.length === 0) return `${t('lookup:none', { query })}\n`;
  const [first, ...rest] = matches;
  const lines: string[] = [];
  const m = first!;
  lines.push(`${m.vi}  →  ${m.en}`);
  lines.push(`  ${t('lookup:domain')}: ${m.domain} · ${t(`lookup:status.${m.status}`)}${m.validUntil ? ` (${t('lookup:until', { date: m.validUntil })})` : ''} · id: ${m.id}`);
  if (m.matched.kind === 'deprecated') {
    lines.push(`  ${t('lookup:deprecated', { term: m.matched.term, preferred: m.en })}`);
    if (m.matched.reason) lines.push(`  ${t('lookup:why')}: ${m.matched.reason}`);
  } else if (m.matched.validUntil) {
    lines.push(`  ${t('lookup:earlierName', { term: m.matched.term, date: m.matched.validUntil, preferred: m.en })}`);
  } else if (m.matched.term !== m.vi && m.matched.term !== m.en) {
    lines.push(`  ${t(`lookup:matched.${m.matched.kind}`, { term: m.matched.term })}`);
  }
  if (m.successor) {
    lines.push(
      `  ${t('lookup:successor', { vi: m.successor.vi, en: m.successor.en })}${m.validUntil ? ` (${t('lookup:since', { date: m.validUntil })})` : ''}`,
    );
  }
  if (m.admitted.length) lines.push(`  ${t('lookup:admitted')}: ${m.admitted.join('; ')}`);
  if (m.viVariants.length) lines.push(`  ${t('lookup:viVariants')}: ${m.viVariants.join('; ')}`);
  if (m.note) lines.push(`  ${t('lookup:note')}: ${m.note}`);
  if (m.confidence) lines.push(`  ${t(`lookup:confidence.${m.confidence}`)}`);
  lines.push(`  ${t('lookup:sources')}: ${m.sources[0]}${m.sources.length > 1 ? ` ${t('lookup:more', { count: m.sources.length - 1 })}` : ''}`);
  if (rest.length) {
    lines.push('', t('lookup:others'));
    for (const r of rest) lines.push(`  ${r.score.toFixed(2)}  ${r.vi}  →  ${r.en}  (${r.id})`);
  }
  return `${lines.join('\n')}\n`;
}
