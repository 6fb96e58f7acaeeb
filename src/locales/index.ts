/**
 * The bundled catalogs, by language and namespace. Add a namespace by adding the two JSON files
 * and one line per language here; test/locales.test.ts checks both languages hold the same keys.
 */
import enCommon from './en/common.json' with { type: 'json' };
import viCommon from './vi/common.json' with { type: 'json' };

export const catalogs = {
  en: { common: enCommon },
  vi: { common: viCommon },
} as const;
