/**
 * check(): one document through the pipeline (DESIGN.md §1) —
 * format adapter → segments → tokens → matcher → occurrences → rules → messages.
 * Pure: text in, messages out; the CLI does the reading and writing.
 */
import { createLocator } from './formats/locate.js';
import { sourceSpan } from './formats/locate.js';
import { isSuppressed, type Directive } from './formats/directives.js';
import { parseMarkdown, type ParsedDocument } from './formats/markdown.js';
import { parseText } from './formats/text.js';
import { getBuiltinGlossary } from './glossary/builtin.js';
import type { CompiledGlossary } from './glossary/compile.js';
import { createMatcher, type Matcher } from './match/matcher.js';
import { countSeverities, createMessage, renderMessages } from './messages/create.js';
import type { Lang } from './messages/i18n.js';
import { countSpellings, createSpellingTally, tallySpelling, tokenize, tokenSpelling, tokenSpellingAxis, type SpellingAxis, type SpellingTally } from './normalize/index.js';
import { docsUrl, RULES, type DocumentInfo, type Report, type RuleLevel, type RuleRun, type RuleSettings, type SegmentView, type Spelling, type SpellingStyle } from './rules/index.js';
import type { FileResult, Message, Segment, Severity } from './types.js';
import { applyFixes, fixesOf, fixUntilStable } from './fix/apply.js';

export type CheckFormat = 'markdown' | 'text';

export interface CheckOptions {
  format?: CheckFormat;
  glossary?: CompiledGlossary;
  /** Rule levels by id: 'error' | 'warning' | 'info' | 'off'. Unnamed rules keep their default. */
  rules?: Partial<Record<string, RuleLevel>>;
  lang?: Lang;
  /**
   * The document's date (ISO). Without it, the front matter's date is used: `date`, or else
   * `pubDate`, `publishDate`, `published` or `datePublished` (see DATE_KEYS).
   */
  date?: string;
  spelling?: RuleSettings['spelling'];
  filePath?: string;
}

export type CheckResult = FileResult;

export function check(text: string, options: CheckOptions = {}): CheckResult {
  prepareGlossary(options.glossary ?? getBuiltinGlossary(), options.rules);
  const doc = (options.format ?? 'markdown') === 'markdown' ? parseMarkdown(text) : parseText(text);
  const messages = checkParsed(text, doc, options);
  messages.unshift(...frontmatterMessages(text, doc, options.date === undefined));
  renderMessages(messages, options.lang ?? 'en');
  return { filePath: options.filePath ?? '<text>', messages, ...countSeverities(messages) };
}

/**
 * Build the glossary's matcher and the enabled rules' indexes, each once per glossary (later calls
 * find them cached), before a document is read. Built in the middle of the first document (0.3 s
 * for 10,000 terms), they kept its objects alive through many young-generation collections, and V8
 * then allocated every later document's objects in old space: collections about 3× dearer for the
 * rest of the run.
 */
function prepareGlossary(glossary: CompiledGlossary, levels: CheckOptions['rules']): void {
  createMatcher(glossary, { lang: 'en' });
  for (const rule of RULES) if (levels?.[rule.id] !== 'off') rule.prepare?.(glossary);
}

/**
 * Above this many characters of prose, a document is read twice rather than held: a first pass
 * counts British and American spellings (which every rule needs before the first segment), and
 * the second tokenises, matches and checks one segment at a time, dropping its tokens after it.
 * Below it, every segment's tokens are kept from the count to the check, which saves tokenising
 * twice; above it, holding them (about 90 bytes a word) costs more in memory and garbage
 * collection than the second pass costs.
 */
export const STREAM_ABOVE = 1 << 20;

/**
 * The messages for an already-parsed document, unrendered, sorted by position. `streamAbove`: see
 * STREAM_ABOVE (tests set it to check both ways of reading).
 */
export function checkParsed(source: string, doc: ParsedDocument, options: CheckOptions = {}, streamAbove = STREAM_ABOVE): Message[] {
  const glossary = options.glossary ?? getBuiltinGlossary();
  const matcher = createMatcher(glossary, { lang: 'en' });
  const settings: RuleSettings = { spelling: options.spelling ?? 'consistent' };

  const tally = createSpellingTally();
  let prose = 0;
  for (const segment of doc.segments) prose += segment.text.length;
  let views: SegmentView[] | undefined;
  if (prose > streamAbove) {
    for (const segment of doc.segments) countSpellings(segment.text, tally);
  } else {
    views = viewsOf(doc.segments, matcher);
    tallyViews(views, tally);
  }
  const date = options.date ?? frontmatterDate(doc.frontmatter);
  const info: DocumentInfo = { glossary, spelling: spellingStyle(settings.spelling, tally), spellingTally: tally, ...(date ? { date } : {}) };

  const locator = createLocator(source);
  const messages: Message[] = [];
  const runs: RuleRun[] = [];
  for (const rule of RULES) {
    const level = options.rules?.[rule.id];
    if (level === 'off') continue;
    const report = (r: Report): void => {
      const message = toMessage(r, rule.id, severityOf(r, level, rule.severity), source, locator, doc.directives);
      if (message) messages.push(message);
    };
    runs.push(rule.start(info, report, settings));
  }
  if (views) {
    for (const view of views) runSegment(runs, view);
  } else {
    for (const segment of doc.segments) {
      const view = viewOf(segment, matcher);
      runSegment(runs, view);
      release(view);
    }
  }
  for (const run of runs) run.finish?.();
  if (views) for (const view of views) release(view);
  return messages.sort(
    (a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId),
  );
}

// The steps of checkParsed() are functions of their own, each compiled on its own: as loops of
// one function, V8 optimised them together, inlining the tokeniser, the matcher and the rules into
// one graph that took ~100 ms of compiling (1 MB, 1,000 terms), twice over.

function viewOf(segment: Segment, matcher: Matcher): SegmentView {
  const tokens = tokenize(segment.text);
  return { segment, tokens, occurrences: matcher.match(tokens, segment.text) };
}

function viewsOf(segments: readonly Segment[], matcher: Matcher): SegmentView[] {
  const views: SegmentView[] = [];
  for (let i = 0; i < segments.length; i++) views.push(viewOf(segments[i]!, matcher));
  return views;
}

/** Count the British and American spellings of the views' words. */
function tallyViews(views: readonly SegmentView[], tally: SpellingTally): void {
  for (const view of views) {
    for (const token of view.tokens) {
      const variant = tokenSpelling(token);
      if (variant) tallySpelling(tally, variant, tokenSpellingAxis(token));
    }
  }
}

function runSegment(runs: readonly RuleRun[], view: SegmentView): void {
  for (let i = 0; i < runs.length; i++) runs[i]!.segment(view);
}

/**
 * Empty a view's arrays once no rule needs them. V8 may decide to allocate all the arrays made at
 * one place in the old generation (when most of them outlived a young-generation collection, as a
 * document's arrays do while it is checked), and an old array keeps what it points to alive
 * through every young collection until the next full one: a document's tokens were then copied
 * and promoted long after it was done. 10 MB, 10,000 terms: 390 MB promoted and 1.1 s of
 * young-generation collections per run, 90 MB and 0.3 s with the arrays emptied.
 */
export function release(view: SegmentView): void {
  view.tokens.length = 0;
  view.occurrences.length = 0;
}

/** A report marked `info` is a reminder (e.g. no document date) and stays one; else config, report, rule. */
export function severityOf(report: Pick<Report, 'severity'>, level: Severity | undefined, ruleDefault: Severity): Severity {
  return report.severity === 'info' ? 'info' : (level ?? report.severity ?? ruleDefault);
}

/**
 * A rule's report → a located message: the span mapped back to source offsets, dropped when a
 * suppression comment covers it, a fix kept only where the source holds exactly the words the
 * rule saw.
 */
export function toMessage(
  report: Report,
  ruleId: string,
  severity: Severity,
  source: string,
  locator: ReturnType<typeof createLocator>,
  directives: Directive[],
): Message | undefined {
  const seg = report.segment;
  const [start, end] = sourceSpan(seg, report.start, report.end);
  if (directives.length > 0 && isSuppressed(directives, ruleId, start)) return undefined;
  const actual = source.slice(start, end);
  // A fix is safe only where the source holds exactly the words the rule saw (no markup inside).
  const plain = actual === seg.text.slice(report.start, report.end);
  return createMessage({
    ruleId,
    severity,
    start: locator.point(start),
    end: locator.point(end),
    actual,
    expected: report.expected ?? [],
    ...(report.conceptId ? { conceptId: report.conceptId } : {}),
    messageId: report.messageId,
    data: report.data,
    url: docsUrl(ruleId),
    ...(report.note ? { note: report.note } : {}),
    ...(report.fix !== undefined && plain && report.fix !== actual ? { fix: { range: [start, end], text: report.fix } } : {}),
  });
}

/**
 * What stops a document's front matter from being used: broken YAML, or (when the date is wanted
 * from it) a date that cannot be read. The text is checked all the same.
 */
export function frontmatterMessages(source: string, doc: ParsedDocument, dateWanted: boolean): Message[] {
  if (doc.frontmatterError) return [frontmatterMessage(source, doc.frontmatterError)];
  const unread = dateWanted ? unreadDate(doc.frontmatter) : undefined;
  return unread ? [unreadDateMessage(source, unread)] : [];
}

/** Broken front matter is reported (its `date` cannot be used), and the text is checked all the same. */
function frontmatterMessage(source: string, error: NonNullable<ParsedDocument['frontmatterError']>): Message {
  const point = createLocator(source).at(error.line, error.column);
  return createMessage({
    ruleId: 'read-error',
    severity: 'warning',
    start: point,
    end: point,
    actual: '',
    messageId: error.detail ? 'frontmatterInvalid' : 'frontmatterNotMapping',
    data: { detail: error.detail },
  });
}

const CONFIGURED_STYLES: Record<Exclude<RuleSettings['spelling'], 'consistent'>, SpellingStyle> = {
  'en-GB': { ize: 'gb', other: 'gb' },
  'en-US': { ize: 'us', other: 'us' },
  'en-GB-oxendict': { ize: 'us', other: 'gb' },
};

/** The configured spelling, or the one the document mostly uses on each axis (see DocumentInfo.spelling). */
function spellingStyle(setting: RuleSettings['spelling'], tally: SpellingTally): SpellingStyle {
  if (setting !== 'consistent') return CONFIGURED_STYLES[setting];
  const mostly = (axis: SpellingAxis): Spelling | undefined => {
    const { gb, us } = tally.counts[axis];
    return gb > us ? 'gb' : us > gb ? 'us' : tally.first[axis];
  };
  const other = mostly('other') ?? mostly('ize') ?? 'gb';
  return { ize: mostly('ize') ?? other, other };
}

/**
 * Where front matter keeps a text's date: `date` (Jekyll, Hugo, Eleventy), `pubDate` (Astro),
 * `publishDate` (Hugo), `published`, `datePublished` (schema.org). The first present is used.
 */
const DATE_KEYS = ['date', 'pubDate', 'publishDate', 'published', 'datePublished'];
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d-])/;

/** The front matter's date key and value, when it has one. */
function frontmatterDateField(frontmatter: Record<string, unknown> | undefined): { key: string; value: unknown } | undefined {
  const key = DATE_KEYS.find((k) => frontmatter?.[k] !== undefined && frontmatter[k] !== null);
  return key === undefined ? undefined : { key, value: frontmatter![key] };
}

function frontmatterDate(frontmatter: Record<string, unknown> | undefined): string | undefined {
  const value = frontmatterDateField(frontmatter)?.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && ISO_DATE.test(value)) return value.slice(0, 10);
  // `date: 2025` is a number in YAML.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return undefined;
}

/** A front matter date that cannot be read as ISO ("March 5, 2025"): the text is checked as undated. */
function unreadDate(frontmatter: Record<string, unknown> | undefined): { key: string; value: string } | undefined {
  const field = frontmatterDateField(frontmatter);
  if (!field || frontmatterDate(frontmatter) !== undefined) return undefined;
  return { key: field.key, value: typeof field.value === 'string' ? field.value : JSON.stringify(field.value) };
}

/**
 * Reported on the key in the front matter (at the start of the text if it cannot be found), as
 * `info`: the text is checked all the same, and the date only sharpens superseded-term.
 */
function unreadDateMessage(source: string, unread: { key: string; value: string }): Message {
  const at = new RegExp(`^${unread.key}(?=[ \\t]*:)`, 'm').exec(source);
  const locator = createLocator(source);
  const start = locator.point(at ? at.index : 0);
  return createMessage({
    ruleId: 'read-error',
    severity: 'info',
    start,
    end: at ? locator.point(at.index + unread.key.length) : start,
    actual: at ? unread.key : '',
    messageId: 'frontmatterDate',
    data: { key: unread.key, value: unread.value },
  });
}

export interface FixTextResult {
  output: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  passes: number;
  /** The messages left after fixing (rendered), as check() would report them on the output. */
  remaining: CheckResult;
}

/**
 * Fix what can be fixed safely: check, apply non-overlapping fixes from the end, check again,
 * until nothing changes (at most 10 passes). Text outside the reported spans never changes.
 */
export function fixText(text: string, options: CheckOptions = {}): FixTextResult {
  // The last pass usually checked the final text already: keep its result instead of checking again.
  let last: { text: string; result: CheckResult } | undefined;
  const result = fixUntilStable(text, (current) => {
    last = { text: current, result: check(current, options) };
    return fixesOf(last.result.messages);
  });
  const remaining = last && last.text === result.output ? last.result : check(result.output, options);
  return { output: result.output, applied: result.applied, passes: result.passes, remaining };
}

/** Apply the fixes carried by `messages` (from check() on the same text) once. */
export function fix(text: string, messages: readonly Message[]): string {
  return applyFixes(text, fixesOf([...messages])).output;
}
