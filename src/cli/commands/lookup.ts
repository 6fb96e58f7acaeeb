/**
 * `thuatngu lookup <query>`: the standard English for a Vietnamese term, and back.
 */
import { lookup } from '../../glossary/lookup.js';
import { getBuiltinGlossary } from '../../glossary/builtin.js';
import { formatLookup } from '../lookup-report.js';
import { EXIT, UsageError, type CliIo } from '../io.js';
import type { ParsedCommand } from '../run.js';

export async function runLookup({ values, positionals, lang }: ParsedCommand, io: CliIo): Promise<number> {
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('lookupNoQuery');
  const format = (values.format as string | undefined) ?? 'human';
  if (!['human', 'json'].includes(format)) throw new UsageError('badFormat', { value: format, allowed: 'human, json' });
  const from = values.from as string | undefined;
  if (from && from !== 'vi' && from !== 'en') throw new UsageError('badFrom', { value: from });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError('badLimit', { value: String(values.limit) });
  const files = values.glossary as string[] | undefined;
  // User glossaries need the YAML loader and the schema; the built-in one needs neither.
  const builtin = !values['no-builtin'];
  if (!builtin && !files?.length) throw new UsageError('noGlossary');
  const glossary = files?.length
    ? (await import('../glossary-option.js')).loadGlossaryOption(files, io.cwd, builtin)
    : getBuiltinGlossary();
  const matches = lookup(query, {
    glossary,
    limit: limit ?? (format === 'json' ? 10 : 5),
    ...(from ? { from: from as 'vi' | 'en' } : {}),
  });
  io.stdout(format === 'json' ? `${JSON.stringify(matches, null, 2)}\n` : formatLookup(query, matches, lang));
  return matches.length > 0 ? EXIT.ok : EXIT.problems;
}
