/**
 * Markdown → segments, read straight off micromark's events.
 *
 * micromark is the tokeniser inside remark-parse: remark-parse runs it and then builds an mdast
 * tree from its events. Checking needs only the prose and where each character came from, which
 * the events give directly (every token has exact offsets), so building the tree would be work
 * thrown away: on the benchmark corpus it is a quarter to two fifths of remark-parse's time. The
 * extensions are the ones remark-gfm and remark-frontmatter use, and a test checks that the
 * segments are the ones the mdast tree gives (test/formats/events-vs-mdast.test.ts).
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Event, ParseContext, Token } from 'micromark-util-types';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { GfmFeatures } from './gfm.js';
import { SegmentBuilder } from './locate.js';
import { type Directive, isCommentOnly, parseDirectives } from './directives.js';
import type { Segment } from '../types.js';

export type { Event };

/**
 * One parser per set of extensions, kept: making one merges the syntax of every construct and
 * extension (~5 ms per MB of Markdown in documents of 20 KB once warm, ~25 ms in a cold run). What
 * a parser learns while reading (link and footnote definitions, lazy lines) is dropped before it
 * reads the next piece.
 */
const parsers = new Map<string, ParseContext>();
/** The fields parse() gives a parser; an extension may add one of its own while reading (gfmFootnotes). */
let parserFields: ReadonlySet<string> | undefined;

/** The events of one piece of Markdown (the front matter extension only for the first piece). */
export function markdownEvents(text: string, first: boolean, features: GfmFeatures): Event[] {
  const key = `${first}:${features.table}:${features.autolink}`;
  let parser = parsers.get(key);
  if (!parser) {
    const extensions = [gfmFootnote(), gfmStrikethrough(), gfmTaskListItem()];
    if (features.table) extensions.push(gfmTable());
    if (features.autolink) extensions.push(gfmAutolinkLiteral());
    if (first) extensions.push(frontmatter(['yaml']));
    parsers.set(key, (parser = parse({ extensions })));
    parserFields ??= new Set(Object.keys(parser));
  } else {
    forget(parser);
  }
  return postprocess(parser.document().write(preprocess()(text, undefined, true)));
}

/** A parser as parse() made it: no definitions, no lazy lines, no extension state. */
function forget(parser: ParseContext): void {
  parser.defined = [];
  parser.lazy = {};
  const fields = parser as unknown as Record<string, unknown>;
  // Extensions create their state with `parser.x || (parser.x = …)`: undefined starts it afresh
  // (a delete would turn the parser into a slow dictionary object).
  for (const field of Object.keys(fields)) if (!parserFields!.has(field)) fields[field] = undefined;
}

export interface WalkContext {
  /** The whole source as given. */
  source: string;
  /** Added to token offsets of the piece being walked to get source offsets. */
  base: number;
  segments: Segment[];
  directives: Directive[];
  /** ignore-next directives waiting for the next block. */
  pending: Directive[];
  /** The front matter's YAML text and the line of its first line, when there is one. */
  frontmatter?: { value: string; line: number };
  /** Whether the piece being walked was parsed with GFM autolink literals. */
  autolink?: boolean;
}

/** Flow tokens that are blocks of their own: an ignore-next directive before one covers it. */
const BLOCKS = new Set([
  'paragraph',
  'definition',
  'atxHeading',
  'setextHeading',
  'table',
  'codeFenced',
  'codeIndented',
  'thematicBreak',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'gfmFootnoteDefinition',
]);

/** Tokens whose insides are never prose. */
const SKIPPED = new Set([
  'codeFenced',
  'codeIndented',
  'definition',
  'thematicBreak',
  'tableDelimiterRow',
  'gfmFootnoteDefinitionLabel',
  'listItemPrefix',
]);

const BARRIER = '\uFFFC';

/** Append the segments, directives and front matter of one piece's events to `ctx`. */
export function walkEvents(events: Event[], ctx: WalkContext): void {
  let i = 0;
  const n = events.length;
  while (i < n) {
    const [kind, token] = events[i] as Event;
    if (kind === 'exit') {
      i++;
      continue;
    }
    const type = token.type as string;
    if (type === 'htmlFlow') {
      const value = sliceOf(ctx, token);
      if (!isCommentOnly(value)) claimPending(ctx, token);
      addDirectives(ctx, value, token);
      i = exitOf(events, i) + 1;
      continue;
    }
    if (BLOCKS.has(type)) claimPending(ctx, token);
    // A list item has no token of its own: it runs from its marker to the next one of its list.
    if (type === 'listItemPrefix' && ctx.pending.length > 0) claimRange(ctx, startOf(ctx, token), ctx.base + listItemEnd(events, i));
    if (type === 'yaml') {
      readYaml(events, i, ctx);
      i = exitOf(events, i) + 1;
      continue;
    }
    if (SKIPPED.has(type)) {
      i = exitOf(events, i) + 1;
      continue;
    }
    const segmentKind =
      type === 'paragraph'
        ? 'paragraph'
        : type === 'atxHeadingText' || type === 'setextHeadingText'
          ? 'heading'
          : type === 'tableContent'
            ? 'tableCell'
            : undefined;
    if (segmentKind) {
      i = phrasing(events, i, segmentKind, ctx);
      continue;
    }
    i++;
  }
}

/** The index of the exit event of the token entered at `i`. */
function exitOf(events: Event[], i: number): number {
  const token = (events[i] as Event)[1];
  let depth = 0;
  for (let k = i; k < events.length; k++) {
    const [kind, t] = events[k] as Event;
    if (kind === 'enter') depth++;
    else {
      depth--;
      if (depth === 0 && t === token) return k;
    }
  }
  return events.length - 1;
}

function startOf(ctx: WalkContext, token: Token): number {
  return ctx.base + token.start.offset;
}
function endOf(ctx: WalkContext, token: Token): number {
  return ctx.base + token.end.offset;
}

/** A token's text as the parser saw it (NUL is read as U+FFFD). */
function sliceOf(ctx: WalkContext, token: Token): string {
  const s = ctx.source.slice(startOf(ctx, token), endOf(ctx, token));
  return s.includes('\0') ? s.replace(/\0/g, '\uFFFD') : s;
}

function claimPending(ctx: WalkContext, token: Token): void {
  if (ctx.pending.length > 0) claimRange(ctx, startOf(ctx, token), endOf(ctx, token));
}

function claimRange(ctx: WalkContext, start: number, end: number): void {
  const range: [number, number] = [start, end];
  for (const d of ctx.pending) d.range = range;
  ctx.pending.length = 0;
}

/** Where the list item whose prefix is entered at `i` ends: the end of its last content. */
function listItemEnd(events: Event[], i: number): number {
  let end = (events[i] as Event)[1].end.offset;
  let depth = 0;
  for (let k = i; k < events.length; k++) {
    const [kind, t] = events[k] as Event;
    if (kind === 'exit') {
      if (--depth < 0) break; // the list ends
      continue;
    }
    if (depth === 0 && k > i && t.type === 'listItemPrefix') break;
    depth++;
    if (t.type !== 'lineEnding' && t.type !== 'lineEndingBlank') end = Math.max(end, t.end.offset);
  }
  return end;
}

function addDirectives(ctx: WalkContext, html: string, token: Token): void {
  for (const d of parseDirectives(html, startOf(ctx, token))) {
    ctx.directives.push(d);
    if (d.kind === 'ignore-next') ctx.pending.push(d);
  }
}

/** Front matter: the YAML between the fences, from the line after the opening one. */
function readYaml(events: Event[], i: number, ctx: WalkContext): void {
  const end = exitOf(events, i);
  let from = -1;
  let to = -1;
  let fences = 0;
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k] as Event;
    if (kind !== 'enter') continue;
    if ((t.type as string) === 'yamlFence') {
      fences++;
      if (fences === 2) to = startOf(ctx, t);
    } else if (t.type === 'lineEnding' && fences === 1 && from === -1) {
      from = endOf(ctx, t);
    }
  }
  let value = '';
  if (from !== -1 && to > from) value = ctx.source.slice(from, to).replace(/(?:\r\n|\r|\n)$/, '');
  const token = (events[i] as Event)[1];
  ctx.frontmatter = { value, line: token.start.line };
}

/**
 * The prose of the token entered at `i` (a paragraph, heading text or table cell) as one segment,
 * followed by the alt texts of its images. Returns the index after its exit.
 */
function phrasing(events: Event[], i: number, kind: string, ctx: WalkContext): number {
  const end = exitOf(events, i);
  const builder = new SegmentBuilder();
  const alts: SegmentBuilder[] = [];
  inline(events, i + 1, end, builder, alts, ctx);
  const { text, map } = builder.finish();
  if (text.length > 0) ctx.segments.push({ text, map, kind });
  for (const alt of alts) {
    const seg = alt.finish();
    if (seg.text.length > 0) ctx.segments.push({ text: seg.text, map: seg.map, kind: 'alt' });
  }
  return end + 1;
}

/** Tokens that are text (the exit of one does not end a text node). */
const TEXT = new Set(['data', 'lineEnding', 'characterEscape', 'escapeMarker', 'characterEscapeValue']);
/** Tokens inside prose that make no mdast node of their own, so they do not end a text node. */
const QUIET = new Set(['lineSuffix', 'linePrefix', 'blockQuotePrefix', 'blockQuoteMarker', 'blockQuotePrefixWhitespace', 'whitespace']);

/**
 * Append the prose of events [from, to) to `b`; image alt texts go to new builders in `alts`
 * (undefined inside an alt text). `inLink`: inside a link's text, where no autolink is looked for.
 */
function inline(
  events: Event[],
  from: number,
  to: number,
  b: SegmentBuilder,
  alts: SegmentBuilder[] | undefined,
  ctx: WalkContext,
  inLink = false,
): void {
  // With GFM autolink literals, the text of each mdast text node is gathered first: the
  // extension's tree transform finds more autolinks in it than the tokeniser does.
  const run = ctx.autolink && alts !== undefined && !inLink ? new TextRun(b) : undefined;
  const out: Sink = run ?? b;
  let i = from;
  while (i < to) {
    const [kind, token] = events[i] as Event;
    const type = token.type as string;
    if (kind === 'exit') {
      if (run && !QUIET.has(type) && !TEXT.has(type)) run.flush();
      i++;
      continue;
    }
    switch (type) {
      case 'data':
        out.appendRun(sliceOf(ctx, token), startOf(ctx, token));
        break;
      case 'lineEnding': {
        // The token can reach over a tab that the next line's indent partly used: keep the break.
        const at = startOf(ctx, token);
        out.appendRun(ctx.source.startsWith('\r\n', at) ? '\r\n' : ctx.source.charAt(at), at);
        break;
      }
      case 'characterEscape':
      case 'characterEscapeValue':
      case 'escapeMarker':
        if (type === 'characterEscapeValue') out.appendChar(sliceOf(ctx, token), startOf(ctx, token) - 1);
        break;
      case 'characterReference':
        out.appendChar(decodeReference(events, i, ctx), startOf(ctx, token));
        i = exitOf(events, i);
        break;
      default:
        if (QUIET.has(type)) break;
        run?.flush();
        i = construct(events, i, type, token, b, alts, ctx);
    }
    i++;
  }
  run?.flush();
}

/** Constructs in prose whose insides are never text: destinations, reference labels, footnote calls, task list checks. */
const NOT_TEXT = new Set(['resource', 'reference', 'gfmFootnoteCall', 'taskListCheck']);

/** Anything in prose but text: returns the index of the last event it used. */
function construct(
  events: Event[],
  i: number,
  type: string,
  token: Token,
  b: SegmentBuilder,
  alts: SegmentBuilder[] | undefined,
  ctx: WalkContext,
): number {
  if (NOT_TEXT.has(type)) return exitOf(events, i);
  // In an alt text (no `alts`), everything is plain text, as mdast's alt string has it.
  if (alts === undefined) return altConstruct(events, i, type, token, b, ctx);
  switch (type) {
    case 'codeText':
    case 'autolink':
    case 'literalAutolink':
      b.appendChar(BARRIER, startOf(ctx, token));
      return exitOf(events, i);
    case 'htmlText':
      addDirectives(ctx, sliceOf(ctx, token), token);
      b.appendChar(BARRIER, startOf(ctx, token));
      return exitOf(events, i);
    case 'link': {
      const exit = exitOf(events, i);
      if (isUrlText(events, i, ctx)) b.appendChar(BARRIER, startOf(ctx, token));
      else inline(events, i + 1, exit, b, alts, ctx, true);
      return exit;
    }
    case 'image': {
      b.appendChar(BARRIER, startOf(ctx, token));
      const exit = exitOf(events, i);
      const alt = new SegmentBuilder();
      imageAlt(events, i, exit, alt, ctx);
      alts.push(alt);
      return exit;
    }
    default:
      // emphasis, strong, strikethrough, labels, hard breaks…: their text comes as it is reached.
      return i;
  }
}

/** The alt text of the image entered at `i`: its label's text, with markup removed, into `b`. */
function imageAlt(events: Event[], i: number, exit: number, b: SegmentBuilder, ctx: WalkContext): void {
  const label = findChild(events, i, exit, 'labelText');
  if (label !== -1) inline(events, label + 1, exitOf(events, label), b, undefined, ctx);
}

/** A construct inside an alt text: its text as mdast-util-to-string gives it. */
function altConstruct(events: Event[], i: number, type: string, token: Token, b: SegmentBuilder, ctx: WalkContext): number {
  switch (type) {
    case 'codeText':
    case 'autolink': {
      const exit = exitOf(events, i);
      for (let k = i + 1; k < exit; k++) {
        const [kind, t] = events[k] as Event;
        const tt = t.type as string;
        if (kind === 'enter' && (tt === 'codeTextData' || tt === 'autolinkProtocol' || tt === 'autolinkEmail')) b.appendRun(sliceOf(ctx, t), startOf(ctx, t));
      }
      return exit;
    }
    case 'literalAutolink':
    case 'htmlText':
      b.appendRun(sliceOf(ctx, token), startOf(ctx, token));
      return exitOf(events, i);
    case 'image': {
      const exit = exitOf(events, i);
      imageAlt(events, i, exit, b, ctx);
      return exit;
    }
    default:
      return i;
  }
}

interface Sink {
  appendRun(text: string, sourceOffset: number): void;
  appendChar(ch: string, sourceOffset: number): void;
}

let autolinkTransform: ((tree: unknown) => void) | undefined;

/**
 * The text of one mdast text node, gathered with the source offset of each piece, then passed to
 * the GFM autolink literal transform; what it turns into links becomes one barrier.
 */
/** A piece of a text node: a run copied from `at` on (`run`), or one character that stands for what starts at `at`. */
interface Piece {
  text: string;
  at: number;
  run: boolean;
}

class TextRun implements Sink {
  private pieces: Piece[] = [];
  constructor(private readonly b: SegmentBuilder) {}

  appendRun(text: string, at: number): void {
    if (text.length > 0) this.pieces.push({ text, at, run: true });
  }
  appendChar(ch: string, at: number): void {
    this.pieces.push({ text: ch, at, run: false });
  }

  flush(): void {
    const pieces = this.pieces;
    if (pieces.length === 0) return;
    this.pieces = [];
    const value = pieces.map((p) => p.text).join('');
    const text = { type: 'text', value };
    const paragraph = { type: 'paragraph', children: [text] as Array<{ type: string; value?: string; children?: Array<{ value?: string }> }> };
    autolinkTransform ??= gfmAutolinkLiteralFromMarkdown().transforms![0] as (tree: unknown) => void;
    autolinkTransform({ type: 'root', children: [paragraph] });
    let at = 0;
    for (const node of paragraph.children) {
      const length = node.type === 'text' ? (node.value ?? '').length : (node.children?.[0]?.value ?? '').length;
      if (node.type === 'text') this.copy(pieces, at, at + length);
      else this.b.appendChar(BARRIER, this.offsetAt(pieces, at));
      at += length;
    }
  }

  /** Append value[from, to) with the offsets its pieces came from. */
  private copy(pieces: Piece[], from: number, to: number): void {
    let pos = 0;
    for (const p of pieces) {
      const a = Math.max(from, pos);
      const z = Math.min(to, pos + p.text.length);
      if (a < z) {
        if (p.run) this.b.appendRun(p.text.slice(a - pos, z - pos), p.at + (a - pos));
        else this.b.appendChar(p.text, p.at);
      }
      pos += p.text.length;
    }
  }

  private offsetAt(pieces: Piece[], index: number): number {
    let pos = 0;
    for (const p of pieces) {
      if (index < pos + p.text.length) return p.run ? p.at + (index - pos) : p.at;
      pos += p.text.length;
    }
    return pieces[pieces.length - 1]?.at ?? 0;
  }
}

/** The index of the first `type` token entered inside the token entered at `i` (before `end`). */
function findChild(events: Event[], i: number, end: number, type: string): number {
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k] as Event;
    if (kind === 'enter' && t.type === type) return k;
  }
  return -1;
}

/** A link whose text is its own destination, as in `[https://x.vn](https://x.vn)`. */
function isUrlText(events: Event[], i: number, ctx: WalkContext): boolean {
  const end = exitOf(events, i);
  const label = findChild(events, i, end, 'labelText');
  const dest = findChild(events, i, end, 'resourceDestinationString');
  if (label === -1 || dest === -1) return false;
  const text = sliceOf(ctx, (events[label] as Event)[1]);
  const url = sliceOf(ctx, (events[dest] as Event)[1]);
  return url === text || url === 'http://' + text || url === 'https://' + text || url === 'mailto:' + text || url === 'xmpp:' + text;
}

/** What a character reference (entered at `i`) stands for. */
function decodeReference(events: Event[], i: number, ctx: WalkContext): string {
  const end = exitOf(events, i);
  let base = 0;
  for (let k = i + 1; k < end; k++) {
    const [kind, t] = events[k] as Event;
    if (kind !== 'enter') continue;
    if (t.type === 'characterReferenceMarkerNumeric') base = 10;
    else if (t.type === 'characterReferenceMarkerHexadecimal') base = 16;
    else if (t.type === 'characterReferenceValue') {
      const value = sliceOf(ctx, t);
      if (base === 0) {
        const decoded = decodeNamedCharacterReference(value);
        return decoded === false ? sliceOf(ctx, (events[i] as Event)[1]) : decoded;
      }
      return decodeNumericCharacterReference(value, base);
    }
  }
  return sliceOf(ctx, (events[i] as Event)[1]);
}

/** Whether the last block of a piece is a fenced code or HTML block that was never closed. */
export function endsOpen(events: Event[], ctx: WalkContext): boolean {
  // The last block that reaches the end of the piece's last block, innermost last.
  let last = -1;
  for (let k = 0; k < events.length; k++) {
    const [kind, t] = events[k] as Event;
    if (kind === 'enter' && t.type !== 'lineEnding' && t.type !== 'lineEndingBlank') last = Math.max(last, t.end.offset);
  }
  let candidate: number | undefined;
  for (let k = 0; k < events.length; k++) {
    const [kind, t] = events[k] as Event;
    if (kind === 'enter' && (t.type === 'codeFenced' || t.type === 'htmlFlow' || t.type === 'codeIndented') && t.end.offset === last) candidate = k;
  }
  if (candidate === undefined) return false;
  const token = (events[candidate] as Event)[1];
  if (token.type === 'codeIndented') return false;
  if (token.type === 'codeFenced') {
    let fences = 0;
    const end = exitOf(events, candidate);
    for (let k = candidate + 1; k < end; k++) {
      const [kind, t] = events[k] as Event;
      if (kind === 'enter' && t.type === 'codeFencedFence') fences++;
    }
    return fences < 2;
  }
  const v = sliceOf(ctx, token).trimStart();
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(v)) return !/<\/(?:script|pre|style|textarea)>/i.test(v);
  if (v.startsWith('<!--')) return !v.slice(2).includes('-->');
  if (v.startsWith('<?')) return !v.slice(2).includes('?>');
  if (v.startsWith('<![CDATA[')) return !v.slice(9).includes(']]>');
  if (/^<![A-Za-z]/.test(v)) return !v.slice(2).includes('>');
  return false;
}
