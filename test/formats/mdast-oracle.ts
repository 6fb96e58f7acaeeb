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
/**
 * The test oracle for src/formats/markdown-events.ts: segments and suppression comments built the
 * other way, from the mdast tree that unified + remark-parse + remark-gfm + remark-frontmatter
 * give. This was the checker's own Markdown reader before it read micromark's events directly.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Segment } from '../../src/types.js';
import { SegmentBuilder } from '../../src/formats/locate.js';
import { type Directive, isCommentOnly, parseDirectives } from '../../src/formats/directives.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export interface OracleDocument {
  segments: Segment[];
  directives: Directive[];
  /**
   * False when the tree has nodes without a position (made by the autolink transform): their
   * offsets are found by a lenient alignment that can be off, so only the text is comparable.
   */
  exact: boolean;
  /** True when an image's alt text holds a hard break, which the mdast alt string loses. */
  altBreaks: boolean;
}

/** Segments and directives of a (small: not split in pieces) Markdown text, from its mdast tree. */
export function mdastSegments(source: string): OracleDocument {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? source.slice(1) : source;
  // The parser drops a BOM at the start of its input: then its offsets start one later.
  const shift = body.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ctx: Context = { source, base: bom + shift, segments: [], directives: [], pending: [], exact: true, altBreaks: false };
  const tree = processor.parse(body) as unknown as MdNode;
  for (const child of tree.children ?? []) if (child.type !== 'yaml') walkBlock(child, ctx);
  return { segments: ctx.segments, directives: ctx.directives, exact: ctx.exact, altBreaks: ctx.altBreaks };
}

/** The part of an mdast node this module reads. */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

interface Context {
  /** The whole source as given. */
  source: string;
  /** Added to node offsets of the chunk being walked to get source offsets. */
  base: number;
  segments: Segment[];
  directives: Directive[];
  /** ignore-next directives waiting for the next block. */
  pending: Directive[];
  exact: boolean;
  altBreaks: boolean;
}

function startOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: MdNode): number {
  return node.position?.end.offset ?? startOf(node);
}

function claimPending(node: MdNode, ctx: Context): void {
  if (ctx.pending.length === 0) return;
  const range: [number, number] = [ctx.base + startOf(node), ctx.base + endOf(node)];
  for (const d of ctx.pending) d.range = range;
  ctx.pending.length = 0;
}

function addDirectives(node: MdNode, ctx: Context): void {
  // The source text, not node.value: a tab partly used by a list's indent is a space in the value.
  const found = parseDirectives(ctx.source.slice(ctx.base + startOf(node), ctx.base + endOf(node)), ctx.base + startOf(node));
  for (const d of found) {
    ctx.directives.push(d);
    if (d.kind === 'ignore-next') ctx.pending.push(d);
  }
}

function walkBlock(node: MdNode, ctx: Context): void {
  if (node.type === 'html') {
    if (!isCommentOnly(node.value ?? '')) claimPending(node, ctx);
    addDirectives(node, ctx);
    return;
  }
  claimPending(node, ctx);
  switch (node.type) {
    case 'paragraph':
      walkPhrasing(node, 'paragraph', ctx);
      return;
    case 'heading':
      walkPhrasing(node, 'heading', ctx);
      return;
    case 'table':
      for (const row of node.children ?? []) {
        for (const cell of row.children ?? []) walkPhrasing(cell, 'tableCell', ctx);
      }
      return;
    case 'code':
    case 'definition':
    case 'thematicBreak':
    case 'yaml':
    case 'math':
      return;
    default:
      // root-like containers: list, listItem, blockquote, footnoteDefinition, …
      for (const child of node.children ?? []) walkBlock(child, ctx);
  }
}

// ───────────────────────────── inline ─────────────────────────────

function walkPhrasing(node: MdNode, kind: string, ctx: Context): void {
  const builder = new SegmentBuilder();
  const alts: MdNode[] = [];
  walkInline(node.children ?? [], builder, alts, ctx, ctx.base + startOf(node), ctx.base + endOf(node));
  const { text, map } = builder.finish();
  if (text.length > 0) ctx.segments.push({ text, map, kind });
  for (const image of alts) {
    const alt = image.alt ?? '';
    // mdast's alt string drops a hard break, joining the words on both sides of it.
    if (/\\(?:\r\n|\r|\n)| {2,}(?:\r\n|\r|\n)/.test(ctx.source.slice(ctx.base + startOf(image), ctx.base + endOf(image)))) ctx.altBreaks = true;
    if (alt.length === 0) continue;
    const b = new SegmentBuilder();
    // The alt text sits after "![" (the label); markup in it is skipped by the lenient alignment.
    alignText(b, alt, ctx.source, ctx.base + startOf(image) + 2, ctx.base + endOf(image), true);
    const seg = b.finish();
    if (seg.text.length > 0) ctx.segments.push({ text: seg.text, map: seg.map, kind: 'alt' });
  }
}

const BARRIER = '\uFFFC';

/**
 * Append the prose of inline `nodes` to `b`. Nodes made by transforms (GFM autolink literals split
 * text nodes) may have no position: they are aligned from `cursor`, the source offset where the
 * previous node ended, up to `limit`. Returns the new cursor.
 */
function walkInline(
  nodes: MdNode[],
  b: SegmentBuilder,
  alts: MdNode[],
  ctx: Context,
  cursor: number,
  limit: number,
): number {
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k] as MdNode;
    const positioned = n.position?.start.offset !== undefined && n.position?.end.offset !== undefined;
    let start = positioned ? ctx.base + startOf(n) : cursor;
    if (!positioned) ctx.exact = false;
    if (!positioned && n.type === 'link') {
      // A link made by the autolink transform: it starts where its text is found.
      const at = ctx.source.indexOf(n.children?.[0]?.value ?? '', cursor);
      if (at !== -1 && at < limit) start = at;
    }
    let end: number;
    if (positioned) {
      end = ctx.base + endOf(n);
    } else {
      end = limit;
      for (let m = k + 1; m < nodes.length; m++) {
        const off = nodes[m]?.position?.start.offset;
        if (off !== undefined) {
          end = ctx.base + off;
          break;
        }
      }
    }
    let next = end;
    switch (n.type) {
      case 'text':
        next = alignText(b, n.value ?? '', ctx.source, start, end, !positioned);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        next = walkInline(n.children ?? [], b, alts, ctx, start, end);
        break;
      case 'link':
        if (isUrlText(n)) {
          b.appendChar(BARRIER, start);
          if (!positioned) {
            const v = n.children?.[0]?.value ?? '';
            next = ctx.source.startsWith(v, start) ? start + v.length : start;
          }
        } else {
          next = walkInline(n.children ?? [], b, alts, ctx, start, end);
        }
        break;
      case 'break':
        appendBreak(b, ctx.source, start, end);
        break;
      case 'html':
        addDirectives(n, ctx);
        b.appendChar(BARRIER, start);
        break;
      case 'image':
      case 'imageReference':
        b.appendChar(BARRIER, start);
        alts.push(n);
        break;
      case 'footnoteReference':
        break;
      default:
        // inlineCode, inlineMath and anything unknown: not prose.
        if (n.children) next = walkInline(n.children, b, alts, ctx, start, end);
        else b.appendChar(BARRIER, start);
    }
    cursor = positioned ? end : next;
  }
  return cursor;
}

/** A link whose text is its own URL: an autolink or a GFM autolink literal. */
function isUrlText(n: MdNode): boolean {
  const kids = n.children ?? [];
  if (kids.length !== 1) return false;
  const only = kids[0] as MdNode;
  if (only.type !== 'text') return false;
  const v = only.value ?? '';
  const url = n.url ?? '';
  return (
    url === v ||
    url === 'http://' + v ||
    url === 'https://' + v ||
    url === 'mailto:' + v ||
    url === 'xmpp:' + v
  );
}

/** A hard break: keep its line ending ("\n", "\r\n" or "\r") as written. */
function appendBreak(b: SegmentBuilder, source: string, start: number, end: number): void {
  for (let k = start; k < end; k++) {
    const c = source.charCodeAt(k);
    if (c === 10) {
      b.appendRun('\n', k);
      return;
    }
    if (c === 13) {
      b.appendRun(source.charCodeAt(k + 1) === 10 && k + 1 < end ? '\r\n' : '\r', k);
      return;
    }
  }
  b.appendChar('\n', start);
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * Append `value` (a node's decoded text) to `b`, finding where each character came from in
 * `source[start, end)`. Runs that match the source are copied as runs; an escape maps to its
 * backslash, a character reference to its ampersand; source characters that were dropped
 * (indentation of continuation lines, block quote markers, trailing spaces — and, when `lenient`,
 * any markup) are skipped.
 */
function alignText(
  b: SegmentBuilder,
  value: string,
  source: string,
  start: number,
  end: number,
  lenient: boolean,
): number {
  // Fast path: the text is exactly its source.
  if (end - start === value.length && source.startsWith(value, start)) {
    b.appendRun(value, start);
    return end;
  }
  let i = 0;
  let j = start;
  const n = value.length;
  while (i < n) {
    if (j >= end) {
      // Nothing left to align with (should not happen): map what remains to the last character.
      const last = Math.max(start, end - 1);
      for (; i < n; i++) b.appendChar(value[i] as string, last);
      return j;
    }
    const s = source.charCodeAt(j);
    const v = value.charCodeAt(i);
    if (s === 92 /* \ */ && j + 1 < end) {
      const t = source.charCodeAt(j + 1);
      if (isAsciiPunctuation(t) && v === t) {
        b.appendChar(value[i] as string, j);
        i++;
        j += 2;
        continue;
      }
    }
    if (s === 38 /* & */) {
      ENTITY.lastIndex = j;
      const m = ENTITY.exec(source);
      if (m && j + m[0].length <= end && !value.startsWith(m[0], i)) {
        const len = decodedLength(m[0], value, i, source, j + m[0].length, end);
        b.appendChar(value.slice(i, i + len), j);
        i += len;
        j += m[0].length;
        continue;
      }
    }
    if (s === v) {
      // A run of equal characters up to the next escape or reference.
      let k = 1;
      while (i + k < n && j + k < end) {
        const c = source.charCodeAt(j + k);
        if (c !== value.charCodeAt(i + k) || c === 92 || c === 38) break;
        k++;
      }
      b.appendRun(value.slice(i, i + k), j);
      i += k;
      j += k;
      continue;
    }
    if (v === 0xfffd && s === 0) {
      // NUL is replaced by U+FFFD.
      b.appendChar('\uFFFD', j);
      i++;
      j++;
      continue;
    }
    // A source character that is not in the text: skip it.
    if (lenient || s === 32 || s === 9 || s === 62 /* > */ || s === 10 || s === 13) {
      j++;
      continue;
    }
    // Unexpected: keep going one-to-one so the map stays close.
    b.appendChar(value[i] as string, j);
    i++;
    j++;
  }
  return j;
}

/** How many UTF-16 units of `value` (from `i`) a character reference decoded to. */
function decodedLength(ref: string, value: string, i: number, source: string, after: number, end: number): number {
  if (ref.charCodeAt(1) === 35 /* # */) {
    if (value.charCodeAt(i) === 0xfffd) return 1;
    const hex = ref[2] === 'x' || ref[2] === 'X';
    const cp = Number.parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
    return cp > 0xffff && cp <= 0x10ffff ? 2 : 1;
  }
  // Named references decode to one code point (rarely two, e.g. &NotEqualTilde;). Take one unless
  // the text after it does not continue as the source does and two would.
  const one = codePointLength(value, i);
  if (i + one >= value.length) return Math.max(1, value.length - i);
  const fits = (len: number): boolean => {
    if (i + len >= value.length) return true;
    if (after >= end) return false;
    const c = source.charCodeAt(after);
    const v = value.charCodeAt(i + len);
    // (A space or tab before a line break is dropped from the text.)
    return c === v || (c === 0 && v === 0xfffd) || ((c === 32 || c === 9) && (v === 10 || v === 13)) || c === 38 /* & */ || c === 92 /* \\ */;
  };
  if (fits(one)) return one;
  const two = one + codePointLength(value, i + one);
  return fits(two) ? two : one;
}

/** Code units of the code point at `i` (a lone surrogate counts as one). */
function codePointLength(value: string, i: number): number {
  return (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}
