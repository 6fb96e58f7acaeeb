/**
 * i18next resource files → translation units (DESIGN.md §1, §5).
 *
 * Two files, one per language, are paired by flattened key:
 * - nested objects and dotted flat keys give the same key (`{"a":{"b":"x"}}` and `{"a.b":"x"}` are
 *   both `a.b`); a namespace is just one more level of nesting; array items get index keys
 *   (`list.0`, `list.1`);
 * - values that are not strings (numbers, booleans, null) are skipped; when a key occurs twice,
 *   the later value wins (as `JSON.parse` and i18next do);
 * - plural suffixes, v4 (`_zero _one _two _few _many _other`, also `_ordinal_…`) and v3
 *   (`_plural`, `_0 _1 …`), and context suffixes (`key_male`, `key_male_one`) are part of the key.
 *   Plural forms differ between the languages (Vietnamese has only `_other`, English `_one` and
 *   `_other`): a plural form that one side has and the other lacks is paired with the other side's
 *   form of the same base key (preferring `_other`, then `_plural`, then the bare key, then
 *   `_0`), and is not reported as missing. Such units carry the flag `pairedWith:<key>` (the key
 *   of the other side's form).
 *
 * Segments: `text` is the decoded string value (JSON escapes decoded, nothing trimmed); the map
 * points at the characters inside the quotes (an escape maps to its backslash); `kind` is
 * "value". `Unit.anchor` is the key (quotes included) in the source file, or in the target file
 * for keys only there.
 *
 * Notes: a key in the source file and not the target → `untranslated` warning `keyMissing` at the
 * key in the source file (the unit is still produced, without a target, state `untranslated`,
 * flag `keyMissing`, so that a rule can tell the note already covers it); a key only in the
 * target → `untranslated` info `keyExtra` at the key in the target file (the unit has a target,
 * no source, no state and the flag `keyExtra`). An empty target string → state `untranslated`.
 *
 * Files may be JSON (comments are accepted, as jsonc-parser and VS Code accept them; trailing
 * commas are not) or a JavaScript module whose whole
 * content is one object literal after `export default`, `module.exports =`,
 * `window.<name> =` (also `globalThis.` / `self.`), or `var|let|const <name> =` (optionally
 * followed by `export default <name>;`). The object literal may use comments, trailing commas,
 * single quotes and unquoted keys (see json-position.ts); anything else (template literals,
 * spreads, function calls) is a FormatError `unsupportedJs`.
 */
import type { Segment } from '../types.js';
import { createLocator } from './locate.js';
import {
  type JsonMode,
  type JsonNode,
  type JsonStringNode,
  JsonSyntaxError,
  readJsonValue,
  skipSpace,
} from './json-position.js';
import { type BilingualDocument, FormatError, type Side, type Unit, type UnitNote } from './units.js';

export interface I18nextPairOptions {
  sourceLang: 'vi' | 'en';
  targetLang: 'vi' | 'en';
}

/** One string value of a resource file, by flattened key. */
export interface I18nextEntry {
  key: string;
  /** The key's string node (for an array item: the item itself). */
  keyNode: { start: number; end: number };
  value: JsonStringNode;
}

const PLURAL = /^(.*?)_(?:(?:ordinal_)?(zero|one|two|few|many|other)|(plural)|(\d+))$/;

/** Read one resource file (JSON or a simple JS module) into its string entries, in file order. */
export function readI18nextFile(text: string, side: Side): I18nextEntry[] {
  const source = typeof text === 'string' ? text : String(text);
  const locator = createLocator(source);
  const fail = (offset: number, messageId: string, data: Record<string, string | number> = {}): never => {
    const p = locator.point(offset);
    throw new FormatError(side, p.line, p.column, messageId, data);
  };
  let root: JsonNode;
  try {
    root = readRoot(source, fail);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return fail(error.offset, 'invalidJson', { detail: error.detail, found: error.found });
    }
    throw error;
  }
  if (root.type !== 'object') return fail(root.start, 'topLevelNotObject');
  const byKey = new Map<string, I18nextEntry>();
  const walk = (node: JsonNode, prefix: string, keyNode: { start: number; end: number }): void => {
    if (node.type === 'string') {
      byKey.delete(prefix); // a later duplicate moves to its own place in file order
      byKey.set(prefix, { key: prefix, keyNode, value: node });
    } else if (node.type === 'object') {
      for (const m of node.members) walk(m.value, prefix ? `${prefix}.${m.key.value}` : m.key.value, m.key);
    } else if (node.type === 'array') {
      node.items.forEach((item, i) => walk(item, `${prefix}.${i}`, item));
    }
  };
  walk(root, '', root);
  return [...byKey.values()];
}

function readRoot(source: string, fail: (offset: number, id: string) => never): JsonNode {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = skipSpace(source, bom, 'json');
  const rest = source.slice(first, first + 200);
  const isJs = /^(?:export\b|module\b|window\b|globalThis\b|self\b|var\b|let\b|const\b)/.test(rest);
  const mode: JsonMode = isJs ? 'js' : 'json';
  let pos = first;
  let binding: string | undefined;
  if (isJs) {
    pos = skipSpace(source, bom, 'js');
    const prefix =
      /^(?:export\s+default|module\.exports\s*=|(?:window|globalThis|self)\.[A-Za-z_$][\w$]*\s*=|(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=)/.exec(
        source.slice(pos, pos + 200),
      );
    if (!prefix) return fail(pos, 'unsupportedJs');
    binding = prefix[1];
    pos = skipSpace(source, pos + prefix[0].length, 'js');
    if (source.charCodeAt(pos) !== 123 /* { */) return fail(pos, 'unsupportedJs');
  }
  const { node, end } = readJsonValue(source, pos, mode);
  pos = skipSpace(source, end, mode);
  if (isJs) {
    if (source[pos] === ';') pos = skipSpace(source, pos + 1, mode);
    if (binding !== undefined) {
      const tail = new RegExp(`^export\\s+default\\s+${binding.replace(/\$/g, '\\$')}\\s*;?`).exec(source.slice(pos));
      if (tail) pos = skipSpace(source, pos + tail[0].length, mode);
    }
    if (pos < source.length) return fail(pos, 'unsupportedJs');
  } else if (pos < source.length) {
    throw new JsonSyntaxError(pos, 'trailingContent', String.fromCodePoint(source.codePointAt(pos) ?? 0));
  }
  return node;
}

/** The plural family of a key: its base and its suffix, or undefined if it has none. */
function pluralOf(key: string): { base: string; form: string } | undefined {
  const m = PLURAL.exec(key);
  if (!m) return undefined;
  return { base: m[1] as string, form: (m[2] ?? m[3] ?? m[4]) as string };
}

/** The other side's form to pair a plural form with, when the exact key is not there. */
function pluralPartner(
  key: string,
  own: Map<string, I18nextEntry>,
  other: Map<string, I18nextEntry>,
): I18nextEntry | undefined {
  const p = pluralOf(key);
  if (!p) {
    // A bare key that heads a v3 family (`key` + `key_plural`) is the singular.
    if (!hasPluralForms(key, own)) return undefined;
    for (const c of [`${key}_0`, `${key}_one`, `${key}_other`]) {
      const hit = other.get(c);
      if (hit) return hit;
    }
    return undefined;
  }
  const ordinal = /_ordinal_[a-z]+$/.test(key) ? '_ordinal' : '';
  const candidates = [`${p.base}${ordinal}_other`, `${p.base}_other`, `${p.base}_plural`, p.base, `${p.base}_0`];
  for (const c of candidates) {
    if (c === key) continue;
    const hit = other.get(c);
    if (hit) return hit;
  }
  return undefined;
}

function hasPluralForms(base: string, entries: Map<string, I18nextEntry>): boolean {
  for (const k of entries.keys()) {
    const p = pluralOf(k);
    if (p && p.base === base) return true;
  }
  return false;
}

export function parseI18nextPair(
  sourceText: string,
  targetText: string,
  options: I18nextPairOptions,
): BilingualDocument {
  const { sourceLang, targetLang } = options;
  const sourceEntries = readI18nextFile(sourceText, 'source');
  const targetEntries = readI18nextFile(targetText, 'target');
  const sourceMap = new Map(sourceEntries.map((e) => [e.key, e]));
  const targetMap = new Map(targetEntries.map((e) => [e.key, e]));
  const units: Unit[] = [];
  const notes: UnitNote[] = [];
  const segment = (e: I18nextEntry, lang: 'vi' | 'en'): Segment => ({
    text: e.value.value,
    map: e.value.map,
    lang,
    kind: 'value',
    key: e.key,
  });
  const base = (key: string, side: Side, e: I18nextEntry): Unit => ({
    key,
    files: { source: 'source', target: 'target' },
    placeholders: ['i18next'],
    anchor: { side, offset: e.keyNode.start, end: e.keyNode.end },
  });

  const pairedTargets = new Set<string>();
  for (const s of sourceEntries) {
    const unit = base(s.key, 'source', s);
    unit.source = segment(s, sourceLang);
    let t = targetMap.get(s.key);
    if (!t) {
      t = pluralPartner(s.key, sourceMap, targetMap);
      if (t) {
        unit.flags = [`pairedWith:${t.key}`];
        pairedTargets.add(t.key);
      }
    }
    if (t) {
      unit.target = segment(t, targetLang);
      unit.state = t.value.value === '' ? 'untranslated' : 'translated';
    } else {
      unit.state = 'untranslated';
      unit.flags = ['keyMissing'];
      notes.push({
        side: 'source',
        offset: s.keyNode.start,
        end: s.keyNode.end,
        ruleId: 'untranslated',
        severity: 'warning',
        messageId: 'keyMissing',
        data: { key: s.key },
      });
    }
    units.push(unit);
  }
  for (const t of targetEntries) {
    if (sourceMap.has(t.key) || pairedTargets.has(t.key)) continue;
    const s = pluralPartner(t.key, targetMap, sourceMap);
    const unit = base(t.key, s ? 'source' : 'target', s ?? t);
    unit.target = segment(t, targetLang);
    if (s) {
      unit.source = segment(s, sourceLang);
      unit.flags = [`pairedWith:${s.key}`];
      unit.state = t.value.value === '' ? 'untranslated' : 'translated';
    } else {
      unit.flags = ['keyExtra'];
      notes.push({
        side: 'target',
        offset: t.keyNode.start,
        end: t.keyNode.end,
        ruleId: 'untranslated',
        severity: 'info',
        messageId: 'keyExtra',
        data: { key: t.key },
      });
    }
    units.push(unit);
  }
  return { units, sourceLang, targetLang, notes };
}
