/**
 * `thuatngu glossary validate [files…]` and `thuatngu glossary stats`.
 * validate without files checks the built-in YAML (strictly: every entry needs sources); with
 * files it checks them as user glossaries over the built-in one.
 */
import { checkConsistency } from '../../glossary/consistency.js';
import { mergeUserFiles } from '../../glossary/create.js';
import { loadGlossaryFiles } from '../../glossary/load.js';
import { GlossaryError } from '../../glossary/issues.js';
import { createTranslator } from '../../messages/i18n.js';
import { DOMAINS, STATUSES } from '../../types.js';
import { builtinGlossaryDir, listGlossaryFiles, readGlossaryFiles } from '../glossary-files.js';
import { loadGlossaryOption, readUserFiles } from '../glossary-option.js';
import { EXIT, UsageError, type CliIo } from '../io.js';
import type { ParsedCommand } from '../run.js';

export function runGlossary(cmd: ParsedCommand, io: CliIo): number {
  const [sub, ...files] = cmd.positionals;
  if (sub === 'validate') return validate(files, cmd, io);
  if (sub === 'stats') return stats(cmd, io);
  throw new UsageError('unknownSubcommand', { command: 'glossary', sub: sub ?? '', allowed: 'validate, stats' });
}

function validate(files: string[], { lang }: ParsedCommand, io: CliIo): number {
  const t = createTranslator(lang);
  let concepts: number;
  if (files.length === 0) {
    const loaded = loadGlossaryFiles(readGlossaryFiles(listGlossaryFiles(builtinGlossaryDir()), io.cwd));
    const issues = [
      ...loaded.issues,
      ...checkConsistency(loaded.concepts, loaded.conceptOrigins, loaded.places, loaded.placeOrigins),
    ];
    if (issues.length) throw new GlossaryError(issues);
    concepts = loaded.concepts.length;
  } else {
    concepts = mergeUserFiles(readUserFiles(files, io.cwd)).data.concepts.length;
  }
  io.stdout(`${t('cli:glossaryValid', { concepts })}\n`);
  return EXIT.ok;
}

function stats({ values, lang }: ParsedCommand, io: CliIo): number {
  const t = createTranslator(lang);
  const files = values.glossary as string[] | undefined;
  const builtin = !values['no-builtin'];
  if (!builtin && !files?.length) throw new UsageError('noGlossary');
  const glossary = loadGlossaryOption(files, io.cwd, builtin);
  const byDomain = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<string, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  const byConfidence = { medium: 0, low: 0 };
  let withoutSources = 0;
  for (const c of glossary.concepts) {
    byDomain[c.domain] = (byDomain[c.domain] ?? 0) + 1;
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    if (c.confidence) byConfidence[c.confidence]++;
    if (c.sources.length === 0) withoutSources++;
  }
  const count = (kind: string) => glossary.forms.filter((f) => f.kind === kind).length;
  const summary = {
    concepts: glossary.concepts.length,
    places: glossary.places.length,
    terms: { preferred: count('preferred'), admitted: count('admitted'), deprecated: count('deprecated'), viVariants: count('variant') },
    byDomain,
    byStatus,
    byConfidence,
    withoutSources,
  };
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return EXIT.ok;
  }
  if (values.format && values.format !== 'human')
    throw new UsageError('badFormat', { value: String(values.format), allowed: 'human, json' });
  const rows = (obj: Record<string, number>) =>
    Object.entries(obj).map(([k, v]) => `  ${k.padEnd(22)}${String(v).padStart(5)}`);
  const lines = [
    t('cli:stats.concepts', { count: summary.concepts, places: summary.places }),
    t('cli:stats.terms', summary.terms),
    '',
    t('cli:stats.byDomain'),
    ...rows(byDomain),
    '',
    t('cli:stats.byStatus'),
    ...rows(byStatus),
    '',
    t('cli:stats.byConfidence', byConfidence),
    t('cli:stats.withoutSources', { count: withoutSources }),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
