/**
 * XLIFF 1.2 and 2.0 → translation units (DESIGN.md §1, §5). One file holds both sides, so every
 * offset (both segments, the anchor, notes) points into that one file: `files` is
 * `{ source: 'source', target: 'source' }` and errors name side `source`.
 *
 * - 1.2: `<file source-language target-language>` … `<trans-unit id>` with `<source>` and
 *   `<target state>` children (those inside `<alt-trans>` or `<seg-source>` are ignored).
 *   Key = the trans-unit id.
 * - 2.0: `<xliff srcLang trgLang>` … `<unit id>` with `<segment state>` children holding
 *   `<source>` / `<target>` (`<ignorable>` is skipped). Key = the unit id, or `unitId/segmentId`
 *   (`unitId/n`, 1-based, for segments without id) when a unit has more than one segment.
 * - Units with `translate="no"` are skipped.
 * - Languages: mapped to 'vi' | 'en' by their first two letters; the options override what the
 *   file says; anything else is a FormatError `unsupportedLanguage`, none at all
 *   `missingLanguage`.
 * - State: a missing target, or one with no text and no inline codes → `untranslated`; 1.2
 *   `new` / `needs-translation` → `untranslated`; `needs-review-*`, `needs-adaptation`,
 *   `needs-l10n` → `fuzzy`; 2.0 `initial` → `untranslated`. The state attribute's value, if any,
 *   is the unit's only flag.
 *
 * Segment text: character data with entities and character references decoded (each mapped to
 * its `&`), CDATA content, nothing trimmed, line breaks as written. Inline codes are recorded in
 * `Unit.codes` (one entry per element, document order, as `"<name> id=<id>"`, or with `rid=` /
 * `startRef=` when the element has no id). In `text`:
 * - placeholders that stand for content (1.2 `<x/>`, `<ph>`, 2.0 `<ph/>`) become one U+FFFC
 *   barrier at the `<` of the tag (their native-code content, if any, is skipped);
 * - paired and boundary codes (1.2 `<g>`, `<bx/>`, `<ex/>`, `<bpt>`, `<ept>`, `<it>`, `<mrk>`;
 *   2.0 `<pc>`, `<sc/>`, `<ec/>`, `<mrk>`, `<sm/>`, `<em/>`) leave nothing: the text they enclose
 *   is kept as prose and reads on as if the tags were not there, like Markdown emphasis (so a term
 *   split by formatting still matches); native code inside `<bpt>`, `<ept>`, `<it>` is skipped.
 * - comments and processing instructions leave nothing.
 */
import { saxes } from '../deps/saxes.js';
import type { Segment } from '../types.js';
import { createLocator, SegmentBuilder } from './locate.js';
import { type BilingualDocument, FormatError, type Unit } from './units.js';

export interface ParseXliffOptions {
  sourceLang?: 'vi' | 'en';
  targetLang?: 'vi' | 'en';
}

type Lang = 'vi' | 'en';

interface Content {
  /** Offset just after the start tag, and of the `<` of the end tag. */
  start: number;
  end: number;
  state?: string;
}

interface PendingSegment {
  id?: string;
  tagStart: number;
  tagEnd: number;
  state?: string;
  source?: Content;
  target?: Content;
}

const PLACEHOLDER = new Set(['x', 'ph']);
const NATIVE = new Set(['bpt', 'ept', 'it', 'ph']);
const CODES_12 = new Set(['g', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'mrk']);
const CODES_20 = new Set(['ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em']);
const FUZZY_12 = /^(needs-review-|needs-adaptation$|needs-l10n$)/;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXliff(text: string, options: ParseXliffOptions = {}): BilingualDocument {
  const source = typeof text === 'string' ? text : String(text);
  const locator = createLocator(source);
  const fail = (offset: number, messageId: string, data: Record<string, string | number> = {}): never => {
    const p = locator.point(offset);
    throw new FormatError('source', p.line, p.column, messageId, data);
  };
  const toLang = (value: string | undefined, at: number, which: 'source' | 'target'): Lang | undefined => {
    if (value === undefined || value === '') return undefined;
    const code = value.slice(0, 2).toLowerCase();
    if (code === 'vi' || code === 'en') return code;
    return fail(at, 'unsupportedLanguage', { lang: value, side: which });
  };

  const parser = new (saxes().SaxesParser)({ position: true });
  const stack: string[] = [];
  let version: 1 | 2 = 1;
  let sourceLang: Lang | undefined = options.sourceLang;
  let targetLang: Lang | undefined = options.targetLang;
  let langSeen = false;
  let langAt: number | undefined;
  let skipDepth = 0;
  let tagStart = 0;
  const units: Unit[] = [];

  // The unit being read.
  let unit: { id: string; tagStart: number; tagEnd: number; segments: PendingSegment[] } | undefined;
  let segment: PendingSegment | undefined;
  let content: { which: 'source' | 'target'; start: number; state?: string } | undefined;

  const setLangs = (src: string | undefined, trg: string | undefined, at: number): void => {
    const s = options.sourceLang ?? toLang(src, at, 'source');
    const t = options.targetLang ?? toLang(trg, at, 'target');
    if (langSeen && ((s && s !== sourceLang) || (t && t !== targetLang))) {
      fail(at, 'languageMismatch', { source: src ?? '', target: trg ?? '' });
    }
    sourceLang ??= s;
    targetLang ??= t;
    langSeen = true;
    langAt ??= at;
  };

  parser.on('opentagstart', () => {
    tagStart = source.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const parent = stack[stack.length - 1];
    stack.push(name);
    const attrs = tag.attributes as Record<string, string>;
    const end = parser.position;
    if (stack.length === 1) {
      if (name !== 'xliff') fail(tagStart, 'notXliff', { root: tag.name });
      version = (attrs.version ?? '').startsWith('2') ? 2 : 1;
      if (version === 2) setLangs(attrs.srcLang, attrs.trgLang, tagStart);
      return;
    }
    if (skipDepth > 0 || content) {
      if (skipDepth > 0) skipDepth++;
      return;
    }
    if (name === 'file' && version === 1) {
      setLangs(attrs['source-language'], attrs['target-language'], tagStart);
      return;
    }
    if ((name === 'trans-unit' && version === 1) || (name === 'unit' && version === 2)) {
      if (attrs.translate === 'no') {
        skipDepth = 1;
        return;
      }
      unit = { id: attrs.id ?? '', tagStart, tagEnd: end, segments: [] };
      if (version === 1) {
        segment = { tagStart, tagEnd: end };
        unit.segments.push(segment);
      }
      return;
    }
    if (!unit) return;
    if (version === 2 && name === 'segment' && parent === 'unit') {
      segment = { tagStart, tagEnd: end, ...(attrs.id !== undefined ? { id: attrs.id } : {}) };
      if (attrs.state !== undefined) segment.state = attrs.state;
      unit.segments.push(segment);
      return;
    }
    const owner = version === 1 ? 'trans-unit' : 'segment';
    if ((name === 'source' || name === 'target') && parent === owner && segment) {
      if (tag.isSelfClosing) {
        segment[name] = { start: end, end, ...(attrs.state !== undefined ? { state: attrs.state } : {}) };
      } else {
        content = { which: name, start: end, ...(attrs.state !== undefined ? { state: attrs.state } : {}) };
      }
    }
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    stack.pop();
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (content && (name === 'source' || name === 'target') && content.which === name && !tag.isSelfClosing) {
      const endTag = source.lastIndexOf('<', parser.position - 1);
      if (segment) {
        segment[name] = {
          start: content.start,
          end: endTag,
          ...(content.state !== undefined ? { state: content.state } : {}),
        };
      }
      content = undefined;
      return;
    }
    if (content) return;
    if (version === 2 && name === 'segment') segment = undefined;
    if (unit && ((name === 'trans-unit' && version === 1) || (name === 'unit' && version === 2))) {
      finishUnit(unit);
      unit = undefined;
      segment = undefined;
    }
  });
  parser.on('error', (error) => {
    const offset = Math.max(0, Math.min(parser.position - 1, source.length));
    const detail = error.message.replace(/^\d+:\d+: /, '');
    return fail(offset, 'invalidXml', { detail });
  });

  const finishUnit = (u: NonNullable<typeof unit>): void => {
    u.segments.forEach((seg, index) => {
      if (!seg.source) {
        fail(seg.tagStart, 'missingSource', { id: u.id });
        return;
      }
      const key = u.segments.length > 1 ? `${u.id}/${seg.id ?? index + 1}` : u.id;
      pending.push({ key, seg, anchor: u.segments.length > 1 ? seg : u });
    });
  };
  const pending: Array<{ key: string; seg: PendingSegment; anchor: { tagStart: number; tagEnd: number } }> = [];

  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof FormatError) throw error;
    const offset = Math.max(0, Math.min(parser.position - 1, source.length));
    fail(offset, 'invalidXml', { detail: error instanceof Error ? error.message : String(error) });
  }

  if (!sourceLang || !targetLang) {
    fail(langAt ?? (source.charCodeAt(0) === 0xfeff ? 1 : 0), 'missingLanguage', { side: sourceLang ? 'target' : 'source' });
  }
  const sLang = sourceLang as Lang;
  const tLang = targetLang as Lang;

  for (const { key, seg, anchor } of pending) {
    const src = readContent(source, seg.source as Content, version);
    const unitOut: Unit = {
      key,
      files: { source: 'source', target: 'source' },
      placeholders: ['xliff', 'icu'],
      anchor: { side: 'source', offset: anchor.tagStart, end: anchor.tagEnd },
      source: { text: src.text, map: src.map, lang: sLang, kind: 'source', key },
    };
    const codes = { source: src.codes, target: [] as string[] };
    const stateAttr = version === 1 ? seg.target?.state : seg.state;
    let state: Unit['state'] = 'translated';
    if (seg.target) {
      const trg = readContent(source, seg.target, version);
      unitOut.target = { text: trg.text, map: trg.map, lang: tLang, kind: 'target', key } satisfies Segment;
      codes.target = trg.codes;
      if (trg.text.trim() === '' && trg.codes.length === 0) state = 'untranslated';
    } else {
      state = 'untranslated';
    }
    if (state === 'translated' && stateAttr !== undefined) {
      if (version === 1) {
        if (stateAttr === 'new' || stateAttr === 'needs-translation') state = 'untranslated';
        else if (FUZZY_12.test(stateAttr)) state = 'fuzzy';
      } else if (stateAttr === 'initial') {
        state = 'untranslated';
      }
    }
    unitOut.state = state;
    if (stateAttr !== undefined) unitOut.flags = [stateAttr];
    unitOut.codes = codes;
    units.push(unitOut);
  }
  return { units, sourceLang: sLang, targetLang: tLang, notes: [] };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Read the raw content of a `<source>` / `<target>` (already checked well-formed by saxes):
 * text with its map, and the inline codes.
 */
function readContent(
  src: string,
  range: Content,
  version: 1 | 2,
): { text: string; map: Array<[number, number]>; codes: string[] } {
  const b = new SegmentBuilder();
  const parts: string[] = [];
  const codes: string[] = [];
  const codeNames = version === 1 ? CODES_12 : CODES_20;
  const end = range.end;
  let p = range.start;
  let run = p;
  const flush = (upTo: number): void => {
    if (upTo > run) {
      const s = src.slice(run, upTo);
      b.appendRun(s, run);
      parts.push(s);
    }
  };
  while (p < end) {
    const c = src.charCodeAt(p);
    if (c === 38 /* & */) {
      flush(p);
      const semi = src.indexOf(';', p);
      const name = src.slice(p + 1, semi);
      let ch: string;
      if (name.startsWith('#x') || name.startsWith('#X')) ch = String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) ch = String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      else ch = ENTITIES[name] ?? '';
      if (ch !== '') {
        b.appendChar(ch, p);
        parts.push(ch);
      }
      p = semi + 1;
      run = p;
      continue;
    }
    if (c !== 60 /* < */) {
      p++;
      continue;
    }
    flush(p);
    if (src.startsWith('<![CDATA[', p)) {
      const close = src.indexOf(']]>', p + 9);
      const body = src.slice(p + 9, close);
      b.appendRun(body, p + 9);
      parts.push(body);
      p = close + 3;
    } else if (src.startsWith('<!--', p)) {
      p = src.indexOf('-->', p + 4) + 3;
    } else if (src.startsWith('<?', p)) {
      p = src.indexOf('?>', p + 2) + 2;
    } else {
      const tag = readTag(src, p);
      const name = localName(tag.name);
      if (!tag.closing && codeNames.has(name)) codes.push(describeCode(name, tag.attrs));
      if (!tag.closing && PLACEHOLDER.has(name)) {
        b.appendChar('\uFFFC', p);
        parts.push('\uFFFC');
      }
      p = tag.end;
      if (!tag.closing && !tag.selfClosing && NATIVE.has(name)) {
        p = skipElement(src, p, tag.name);
      }
    }
    run = p;
  }
  flush(end);
  const text = parts.join('');
  const map = b.map;
  if (text.length === 0) map.push([0, range.start]);
  return { text, map, codes };
}

function describeCode(name: string, attrs: Record<string, string>): string {
  if (attrs.id !== undefined) return `${name} id=${attrs.id}`;
  if (attrs.rid !== undefined) return `${name} rid=${attrs.rid}`;
  if (attrs.startRef !== undefined) return `${name} startRef=${attrs.startRef}`;
  return name;
}

function readTag(
  src: string,
  at: number,
): { name: string; closing: boolean; selfClosing: boolean; attrs: Record<string, string>; end: number } {
  const closing = src.charCodeAt(at + 1) === 47; /* / */
  let p = at + (closing ? 2 : 1);
  const nameStart = p;
  while (p < src.length && !/[\s/>]/.test(src[p] as string)) p++;
  const name = src.slice(nameStart, p);
  const attrs: Record<string, string> = {};
  const attr = /\s*([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/y;
  for (;;) {
    attr.lastIndex = p;
    const m = attr.exec(src);
    if (!m) break;
    attrs[m[1] as string] = decodeAttr((m[2] as string).slice(1, -1));
    p = attr.lastIndex;
  }
  while (p < src.length && src[p] !== '>') p++;
  const selfClosing = src[p - 1] === '/';
  return { name, closing, selfClosing, attrs, end: p + 1 };
}

function decodeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, n: string) => {
    if (n.startsWith('#x')) return String.fromCodePoint(Number.parseInt(n.slice(2), 16));
    if (n.startsWith('#')) return String.fromCodePoint(Number.parseInt(n.slice(1), 10));
    return ENTITIES[n] ?? m;
  });
}

/** Skip to just after the end tag matching an element named `name` whose start tag ends at `p`. */
function skipElement(src: string, p: number, name: string): number {
  let depth = 1;
  while (p < src.length) {
    const lt = src.indexOf('<', p);
    if (lt < 0) return src.length;
    if (src.startsWith('<![CDATA[', lt)) {
      p = src.indexOf(']]>', lt) + 3;
      continue;
    }
    if (src.startsWith('<!--', lt)) {
      p = src.indexOf('-->', lt) + 3;
      continue;
    }
    if (src.startsWith('<?', lt)) {
      p = src.indexOf('?>', lt) + 2;
      continue;
    }
    const tag = readTag(src, lt);
    p = tag.end;
    if (tag.name !== name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return p;
  }
  return p;
}
