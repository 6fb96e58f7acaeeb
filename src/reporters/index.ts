/**
 * The reporters by name, as `--format` chooses them. Each is a pure
 * `(results, options) => string`; adding one touches only this folder.
 */
import { createTranslator, type Lang } from '../messages/i18n.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import type { Reporter } from './shared.js';
import { formatStylish } from './stylish.js';

export type { Reporter, ReporterOptions, RuleMeta } from './shared.js';
export { formatGithub, formatJson, formatSarif, formatStylish };

export const reporters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

/** The reporter called `name`; throws a RangeError (in `lang`) naming the choices for an unknown one. */
export function getReporter(name: ReporterName | (string & {}), lang: Lang = 'en'): Reporter {
  if (!isReporterName(name)) {
    const t = createTranslator(lang);
    throw new RangeError(t('reporters:unknownReporter', { name, choices: REPORTER_NAMES.join(', ') }));
  }
  return reporters[name];
}
