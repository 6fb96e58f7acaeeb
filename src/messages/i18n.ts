/**
 * The isolated i18next instance (DESIGN.md §6): every user-facing string goes through here.
 * It never touches a host application's global i18next.
 *
 * Catalogs live in src/locales/<lang>/<namespace>.json, one namespace per pipeline stage, so that
 * each stage owns its strings; test/locales.test.ts keeps the two languages in step.
 */
import i18next, { type i18n, type TOptions } from 'i18next';
import { catalogs } from '../locales/index.js';
import { excerpt } from './excerpt.js';
import { when } from './when.js';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];

let instance: i18n | undefined;

function getInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: catalogs,
      lng: 'en',
      fallbackLng: 'en',
      ns: Object.keys(catalogs.en),
      defaultNS: 'cli',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<i18n['init']>[0]);
    // `{{key, excerpt}}` in a catalog: a value quoted from a document, shortened (excerpt.ts).
    instance.services.formatter?.add('excerpt', (value: unknown) => excerpt(String(value)));
    // `{{date, when}}` in the English catalog: "on 2025-03-01", "in February 2025" (when.ts).
    instance.services.formatter?.add('when', (value: unknown) => when(String(value)));
  }
  return instance;
}

/** A translate function bound to one language: `t('cli:usage', { … })`. */
export type Translate = (key: string, data?: Record<string, unknown>) => string;

export function createTranslator(lang: Lang = 'en'): Translate {
  const i18n = getInstance();
  // t() with the language as an option: what getFixedT(lang) does for a plain key, without the
  // copy of all of i18next's options that its function makes on every call.
  return (key, data) => i18n.t(key, { ...data, lng: lang } as TOptions) as string;
}

/** Pick the language from an explicit option, then LC_ALL / LC_MESSAGES / LANG. */
export function resolveLang(explicit?: string, env: Record<string, string | undefined> = {}): Lang {
  const pick = (v?: string): Lang | undefined => {
    if (!v) return undefined;
    const code = v.toLowerCase().slice(0, 2);
    return code === 'vi' ? 'vi' : code === 'en' ? 'en' : undefined;
  };
  return pick(explicit) ?? pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'en';
}
