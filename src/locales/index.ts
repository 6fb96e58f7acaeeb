/**
 * The bundled catalogs, by language and namespace (one namespace per pipeline stage, so that each
 * stage owns its strings). Add a namespace by adding its two JSON files and a line per language
 * here; test/locales.test.ts checks that both languages hold the same keys.
 */
import enCli from './en/cli.json' with { type: 'json' };
import enGlossary from './en/glossary.json' with { type: 'json' };
import enLookup from './en/lookup.json' with { type: 'json' };
import enRules from './en/rules.json' with { type: 'json' };
import enReporters from './en/reporters.json' with { type: 'json' };
import enFormats from './en/formats.json' with { type: 'json' };
import enPair from './en/pair.json' with { type: 'json' };
import viCli from './vi/cli.json' with { type: 'json' };
import viGlossary from './vi/glossary.json' with { type: 'json' };
import viLookup from './vi/lookup.json' with { type: 'json' };
import viRules from './vi/rules.json' with { type: 'json' };
import viReporters from './vi/reporters.json' with { type: 'json' };
import viFormats from './vi/formats.json' with { type: 'json' };
import viPair from './vi/pair.json' with { type: 'json' };

export const catalogs = {
  en: { cli: enCli, glossary: enGlossary, lookup: enLookup, rules: enRules, reporters: enReporters, formats: enFormats, pair: enPair },
  vi: { cli: viCli, glossary: viGlossary, lookup: viLookup, rules: viRules, reporters: viReporters, formats: viFormats, pair: viPair },
};
