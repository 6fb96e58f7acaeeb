/**
 * gettext PO → translation units (DESIGN.md §1, §5). One file holds both sides: `files` is
 * `{ source: 'source', target: 'source' }`, errors name side `source`.
 *
 * - msgid is the source, msgstr the target. Languages: the header's `Language:` is the target
 *   (`vi` → source `en`, target `vi`; `en…` → source `vi`, target `en`); the options override.
 *   No usable language → FormatError `missingLanguage` / `unsupportedLanguage`.
 * - The header entry (msgid "" without msgctxt) is not a unit; obsolete entries (`#~`) are skipped.
 * - Key = msgid, or msgctxt + U+0004 + msgid. Plural entries give one unit per msgstr[n], keyed
 *   `key[n]`: `[0]` pairs msgstr[0] with msgid, `[n ≥ 1]` with msgid_plural. When the target
 *   language has one plural form (nplurals=1 in Plural-Forms, as for Vietnamese; or the entry has
 *   only msgstr[0]), the one form `[0]` pairs with **msgid_plural**: it translates the general
 *   case, and it is the English form that carries the number placeholder (`%d files`).
 * - State, as `msgfmt --statistics` counts entries: msgstr (msgstr[0] for plurals) empty →
 *   `untranslated` (even when flagged fuzzy); else `#, fuzzy` → `fuzzy`; else `translated`. A
 *   plural form whose own msgstr[n] is empty is `untranslated` too. {@link countPoStatistics}
 *   counts entries (not units) the way msgfmt does.
 * - Flags (`#,` lines: fuzzy, c-format, python-format, python-brace-format, no-c-format, …) go
 *   to `Unit.flags`. `placeholders` is `['printf', 'icu']`.
 * - Segments: kind `msgid`, `msgid_plural` or `msgstr`; the text is the decoded string, its pieces
 *   on continuation lines joined, C escapes (`\n \t \r \" \\ \a \b \f \v \? \' \ooo \xhh`)
 *   decoded, each mapped to its backslash; every other character maps to its place inside the
 *   quotes. `Unit.anchor` spans the `msgid` keyword to the end of the msgid string.
 * - Malformed input → FormatError with line:column: a keyword without a quoted string
 *   (`expectedString`), an unterminated string (`unterminatedString`), text after a string
 *   (`trailingCharacters`), a bad escape (`badEscape`), an unknown keyword (`unknownKeyword`),
 *   msgstr without msgid (`msgstrWithoutMsgid`), an entry without msgstr (`missingMsgstr`),
 *   msgstr[n] without msgid_plural or msgstr with it (`pluralMismatch`), a string on a line of its
 *   own with nothing to continue (`unexpectedString`), the same msgctxt + msgid twice
 *   (`duplicateEntry`).
 */
import type { Segment } from '../types.js';
import { createLocator, SegmentBuilder } from './locate.js';
import { type BilingualDocument, FormatError, type Unit } from './units.js';

export interface ParsePoOptions {
  sourceLang?: 'vi' | 'en';
  targetLang?: 'vi' | 'en';
}

type Lang = 'vi' | 'en';

interface PoString {
  text: string;
  map: Array<[number, number]>;
  /** Offset of the keyword, and just after the last closing quote. */
  start: number;
  end: number;
}

interface Entry {
  start: number;
  flags: string[];
  ctxt?: PoString;
  id?: PoString;
  plural?: PoString;
  strs: Map<number, PoString>;
  /** msgstr without index seen. */
  plain: boolean;
}

type Field = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s"]|$)/;

class StringBuilder {
  readonly b = new SegmentBuilder();
  readonly parts: string[] = [];
  firstQuote = -1;
  run(s: string, at: number): void {
    this.b.appendRun(s, at);
    this.parts.push(s);
  }
  char(s: string, at: number): void {
    this.b.appendChar(s, at);
    this.parts.push(s);
  }
  done(start: number, end: number): PoString {
    const text = this.parts.join('');
    const map = this.b.map;
    if (text.length === 0) map.push([0, this.firstQuote + 1]);
    return { text, map, start, end };
  }
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '?': '?',
  "'": "'",
};

export function parsePo(text: string, options: ParsePoOptions = {}): BilingualDocument {
  const source = typeof text === 'string' ? text : String(text);
  const locator = createLocator(source);
  const fail = (offset: number, messageId: string, data: Record<string, string | number> = {}): never => {
    const p = locator.point(offset);
    throw new FormatError('source', p.line, p.column, messageId, data);
  };

  const entries: Entry[] = [];
  let entry: Entry | undefined;
  let pendingFlags: string[] = [];
  let pendingStart = -1;
  /** The string being continued, and the field it belongs to. */
  let current: { builder: StringBuilder; field: Field; index: number; start: number; end: number } | undefined;

  const closeString = (): void => {
    if (!current || !entry) return;
    const s = current.builder.done(current.start, current.end);
    if (current.field === 'msgctxt') entry.ctxt = s;
    else if (current.field === 'msgid') entry.id = s;
    else if (current.field === 'msgid_plural') entry.plural = s;
    else entry.strs.set(current.index, s);
    current = undefined;
  };
  const closeEntry = (): void => {
    closeString();
    if (!entry) return;
    if (entry.id && entry.strs.size === 0) fail(entry.id.start, 'missingMsgstr');
    entries.push(entry);
    entry = undefined;
  };

  /** Read one quoted string starting at `q` into `builder`; returns the offset after it. */
  const readQuoted = (q: number, lineEnd: number, builder: StringBuilder): number => {
    if (source.charCodeAt(q) !== 34) fail(q, 'expectedString');
    if (builder.firstQuote < 0) builder.firstQuote = q;
    let p = q + 1;
    let run = p;
    for (;;) {
      if (p >= lineEnd) fail(q, 'unterminatedString');
      const c = source.charCodeAt(p);
      if (c === 34) break;
      if (c !== 92) {
        p++;
        continue;
      }
      if (p > run) builder.run(source.slice(run, p), run);
      const e = source[p + 1] ?? '';
      if (e in ESCAPES) {
        builder.char(ESCAPES[e] as string, p);
        p += 2;
      } else if (/[0-7]/.test(e)) {
        const m = /^[0-7]{1,3}/.exec(source.slice(p + 1, p + 4)) as RegExpExecArray;
        builder.char(String.fromCharCode(Number.parseInt(m[0], 8)), p);
        p += 1 + m[0].length;
      } else if (e === 'x' && /[0-9a-fA-F]/.test(source[p + 2] ?? '')) {
        const m = /^[0-9a-fA-F]{1,2}/.exec(source.slice(p + 2, p + 4)) as RegExpExecArray;
        builder.char(String.fromCharCode(Number.parseInt(m[0], 16)), p);
        p += 2 + m[0].length;
      } else {
        fail(p, 'badEscape', { escape: `\\${e}` });
      }
      run = p;
    }
    if (p > run) builder.run(source.slice(run, p), run);
    p++;
    let after = p;
    while (after < lineEnd && (source[after] === ' ' || source[after] === '\t')) after++;
    if (after < lineEnd) fail(after, 'trailingCharacters');
    return p;
  };

  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos <= source.length) {
    let lineEnd = pos;
    while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    let p = pos;
    while (p < lineEnd && (source[p] === ' ' || source[p] === '\t')) p++;
    const c = source[p];
    if (p >= lineEnd) {
      // Blank line: ends a string and (if it has a msgstr) an entry.
      closeString();
      if (entry && entry.strs.size > 0) closeEntry();
    } else if (c === '#') {
      closeString();
      if (entry && entry.strs.size > 0) closeEntry();
      const kind = source[p + 1];
      if (kind === '~') {
        // Obsolete entry: skipped.
      } else {
        if (pendingStart < 0) pendingStart = p;
        if (kind === ',') {
          for (const f of source.slice(p + 2, lineEnd).split(',')) {
            const flag = f.trim();
            if (flag) pendingFlags.push(flag);
          }
        }
      }
    } else if (c === '"') {
      if (!current) fail(p, 'unexpectedString');
      else current.end = readQuoted(p, lineEnd, current.builder);
    } else {
      const m = KEYWORD.exec(source.slice(p, Math.min(lineEnd, p + 40)));
      if (!m) {
        const word = /^\S+/.exec(source.slice(p, lineEnd))?.[0] ?? '';
        fail(p, 'unknownKeyword', { keyword: word.slice(0, 40) });
      }
      const match = m as RegExpExecArray;
      const field = match[1] as Field;
      const index = match[2] !== undefined ? Number(match[2]) : -1;
      closeString();
      if (field === 'msgctxt' || field === 'msgid') {
        if (entry && (entry.strs.size > 0 || (field === 'msgctxt' && entry.ctxt) || entry.id)) {
          if (entry.strs.size > 0) closeEntry();
          else if (entry.id) fail(entry.id.start, 'missingMsgstr');
          else fail(p, 'unexpectedKeyword', { keyword: field });
        }
        if (!entry) {
          entry = { start: pendingStart >= 0 ? pendingStart : p, flags: pendingFlags, strs: new Map(), plain: false };
          pendingFlags = [];
          pendingStart = -1;
        }
        if (field === 'msgid' && index >= 0) fail(p, 'unknownKeyword', { keyword: match[0] });
      } else if (field === 'msgid_plural') {
        if (!entry?.id || entry.plural || entry.strs.size > 0) fail(p, 'unexpectedKeyword', { keyword: field });
      } else {
        if (!entry?.id) fail(p, 'msgstrWithoutMsgid');
        const e = entry as Entry;
        if ((index >= 0) !== (e.plural !== undefined)) fail(p, 'pluralMismatch');
        if (index < 0) {
          if (e.plain) fail(p, 'unexpectedKeyword', { keyword: field });
          e.plain = true;
        } else if (e.strs.has(index)) {
          fail(p, 'unexpectedKeyword', { keyword: match[0] });
        }
      }
      let q = p + match[0].length;
      while (q < lineEnd && (source[q] === ' ' || source[q] === '\t')) q++;
      const builder = new StringBuilder();
      const end = readQuoted(q, lineEnd, builder);
      current = { builder, field, index: Math.max(index, 0), start: p, end };
    }
    if (lineEnd >= source.length) break;
    pos = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  closeString();
  if (entry) {
    if (!entry.id) fail(entry.start, 'unexpectedEnd');
    closeEntry();
  }

  // Header.
  const header = entries.find((e) => !e.ctxt && e.id?.text === '');
  const fields = new Map<string, { value: string; offset: number }>();
  if (header) {
    const str = header.strs.get(0) as PoString;
    let off = 0;
    for (const line of str.text.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), { value: line.slice(colon + 1).trim(), offset: off });
      off += line.length + 1;
    }
  }
  const headerOffset = header?.id?.start ?? (source.charCodeAt(0) === 0xfeff ? 1 : 0);
  let sourceLang: Lang | undefined = options.sourceLang;
  let targetLang: Lang | undefined = options.targetLang;
  const language = fields.get('language')?.value;
  if (!targetLang && language) {
    const code = language.slice(0, 2).toLowerCase();
    if (code !== 'vi' && code !== 'en') fail(headerOffset, 'unsupportedLanguage', { lang: language, side: 'target' });
    targetLang = code as Lang;
  }
  if (!sourceLang && targetLang) sourceLang = targetLang === 'vi' ? 'en' : 'vi';
  if (!targetLang && sourceLang) targetLang = sourceLang === 'vi' ? 'en' : 'vi';
  if (!sourceLang || !targetLang) return fail(headerOffset, 'missingLanguage', { side: 'target' });
  const sLang = sourceLang;
  const tLang = targetLang;
  const nplurals = Number(/nplurals\s*=\s*(\d+)/.exec(fields.get('plural-forms')?.value ?? '')?.[1] ?? Number.NaN);

  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (e === header || !e.id) continue;
    const id = e.id;
    const key = e.ctxt ? `${e.ctxt.text}\u0004${id.text}` : id.text;
    if (seen.has(key)) fail(id.start, 'duplicateEntry', { key: key.replace('\u0004', ' | ') });
    seen.add(key);
    const first = e.strs.get(0)?.text ?? '';
    const entryState: Unit['state'] = first === '' ? 'untranslated' : e.flags.includes('fuzzy') ? 'fuzzy' : 'translated';
    const seg = (s: PoString, lang: Lang, kind: string, k: string): Segment => ({
      text: s.text,
      map: s.map,
      lang,
      kind,
      key: k,
    });
    const make = (k: string, src: PoString, srcKind: string, trg: PoString): Unit => {
      const unit: Unit = {
        key: k,
        source: seg(src, sLang, srcKind, k),
        target: seg(trg, tLang, 'msgstr', k),
        files: { source: 'source', target: 'source' },
        state: trg.text === '' ? 'untranslated' : entryState,
        placeholders: ['printf', 'icu'],
        anchor: { side: 'source', offset: id.start, end: id.end },
      };
      if (e.flags.length > 0) unit.flags = [...e.flags];
      return unit;
    };
    if (!e.plural) {
      units.push(make(key, id, 'msgid', e.strs.get(0) as PoString));
      continue;
    }
    const indexes = [...e.strs.keys()].sort((a, b) => a - b);
    const onePlural = nplurals === 1 || (Number.isNaN(nplurals) && indexes.length === 1);
    for (const n of indexes) {
      const useId = n === 0 && !onePlural;
      units.push(
        make(`${key}[${n}]`, useId ? id : e.plural, useId ? 'msgid' : 'msgid_plural', e.strs.get(n) as PoString),
      );
    }
  }
  return { units, sourceLang: sLang, targetLang: tLang, notes: [] };
}

export interface PoStatistics {
  translated: number;
  fuzzy: number;
  untranslated: number;
}

/**
 * Count entries as `msgfmt --statistics` does ("N translated messages, M fuzzy translations, K
 * untranslated messages"): a plural entry counts once, by the state of its first unit.
 */
export function countPoStatistics(doc: BilingualDocument): PoStatistics {
  const counts: PoStatistics = { translated: 0, fuzzy: 0, untranslated: 0 };
  const seen = new Set<number>();
  for (const u of doc.units) {
    const at = u.anchor?.offset ?? -1;
    if (seen.has(at)) continue;
    seen.add(at);
    counts[u.state ?? 'translated']++;
  }
  return counts;
}
