/**
 * Markdown → segments of prose with exact offset maps (DESIGN.md §1, §4).
 *
 * One segment per block: paragraph (also inside list items, block quotes and footnote
 * definitions), heading, table cell, and image alt text (kind "alt"). Inline markup is removed and
 * link text kept, so a term split by emphasis or a soft line break still reads as one phrase.
 *
 * Not prose, never in a segment: fenced and indented code, inline code, HTML, front matter, URLs
 * (autolinks and links whose text is their URL), link and image destinations and titles,
 * definitions. Where inline code, inline HTML, an image or a URL sits inside a block, `text` holds
 * one U+FFFC (object replacement character) mapped to the start of the skipped node, so that words
 * on both sides never join into one term. Footnote calls (`[^1]`) leave nothing.
 *
 * Offsets are into the source exactly as given (a leading BOM included: see locate.ts). Escapes and
 * character references give their decoded character, mapped to the start of the escape or
 * reference (`\*` → "*" at the backslash, `&amp;` → "&" at the ampersand).
 */
import { detectGfm } from './gfm.js';
import { yaml } from '../deps/yaml.js';
import type { Segment } from '../types.js';
import type { Directive } from './directives.js';
import { pieceSizeFor, splitMarkdown } from './chunk.js';
import { endsOpen, markdownEvents, walkEvents, type Event, type WalkContext } from './markdown-events.js';

export interface ParsedDocument {
  segments: Segment[];
  frontmatter?: Record<string, unknown>;
  /** Where and why the front matter is not valid YAML or not a mapping (`detail` is the YAML parser's words, or empty for "not a mapping"). */
  frontmatterError?: { line: number; column: number; detail: string };
  /** Suppression comments, in source order. */
  directives: Directive[];
}

export interface ParseMarkdownOptions {
  /**
   * Sources longer than this (UTF-16 units) are parsed in pieces split at top-level block
   * boundaries (see chunk.ts). Default: 8 KiB, or 256 KiB when the source may hold a reference
   * or footnote definition (`]:`); `Infinity` parses the whole at once.
   */
  chunkSize?: number;
  /**
   * `detect` (default): load the costly GFM extensions (tables, autolink literals) only for text
   * that has their syntax; `all`: always, as remark-gfm does. Both give the same segments.
   */
  gfm?: 'detect' | 'all';
}

export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): ParsedDocument {
  const text = typeof source === 'string' ? source : String(source);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const ctx: WalkContext = { source: text, base: bom, segments: [], directives: [], pending: [] };
  const result: ParsedDocument = { segments: ctx.segments, directives: ctx.directives };

  const starts = splitMarkdown(body, options.chunkSize ?? pieceSizeFor(body));
  let i = 0;
  while (i < starts.length) {
    const start = starts[i] as number;
    let j = i + 1;
    let end = j < starts.length ? (starts[j] as number) : body.length;
    // The parser drops a BOM at the start of its input: then its offsets start one later.
    const shift = body.charCodeAt(start) === 0xfeff ? 1 : 0;
    ctx.base = bom + start + shift;
    let events = parseChunk(body.slice(start, end), i === 0, ctx, options.gfm);
    // Safety net: a chunk that ends inside an open fence or HTML block is joined with the next.
    while (j < starts.length && endsOpen(events, ctx)) {
      j++;
      end = j < starts.length ? (starts[j] as number) : body.length;
      events = parseChunk(body.slice(start, end), i === 0, ctx, options.gfm);
    }
    walkEvents(events, ctx);
    events.length = 0; // what it points to may die young (see release() in check.ts)
    i = j;
  }
  // The YAML text starts on the line after the opening `---`.
  if (ctx.frontmatter) readFrontmatter(ctx.frontmatter.value, ctx.frontmatter.line + 1, result);
  return result;
}

function parseChunk(text: string, first: boolean, ctx: WalkContext, gfm: ParseMarkdownOptions['gfm'] = 'detect'): Event[] {
  const features = gfm === 'all' ? { table: true, autolink: true } : detectGfm(text);
  ctx.autolink = features.autolink;
  return markdownEvents(text, first, features);
}

// ───────────────────────────── front matter ─────────────────────────────

function readFrontmatter(value: string, firstLine: number, result: ParsedDocument): void {
  try {
    const doc = yaml().parseDocument(value, { prettyErrors: true });
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0];
      const text = (err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      result.frontmatterError = pos
        ? { line: firstLine + pos.line - 1, column: pos.col, detail: text }
        : { line: firstLine, column: 1, detail: text };
      return;
    }
    const data: unknown = doc.toJS({ maxAliasCount: 1000 });
    if (data === null || data === undefined) {
      result.frontmatter = {};
      return;
    }
    if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
      result.frontmatterError = { line: firstLine, column: 1, detail: '' };
      return;
    }
    result.frontmatter = datesToStrings(data) as Record<string, unknown>;
  } catch (e) {
    result.frontmatterError = { line: firstLine, column: 1, detail: e instanceof Error ? (e.message.split('\n')[0] ?? '') : '' };
  }
}

function datesToStrings(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return String(value);
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(datesToStrings);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = datesToStrings(v);
    return out;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = datesToStrings(v);
    return out;
  }
  return value;
}
