/**
 * checkPair(): a Vietnamese source against its English translation, or back (DESIGN.md §1, §5).
 * Format adapter → translation units → each side tokenised and matched in its own language →
 * bilingual rules; and every monolingual rule on the target side when it is English.
 * Pure: texts in, one result per file out.
 */
import { checkParsed, frontmatterMessages, release, severityOf, toMessage, type CheckOptions } from './check.js';
import type { Directive } from './formats/directives.js';
import { alignDocuments } from './formats/align.js';
import { createLocator } from './formats/locate.js';
import { parseMarkdown, type ParsedDocument } from './formats/markdown.js';
import { parseText } from './formats/text.js';
import { parseI18nextPair } from './formats/i18next.js';
import { parsePo } from './formats/po.js';
import { parseXliff } from './formats/xliff.js';
import { FormatError, type BilingualDocument, type Side } from './formats/units.js';
import { getBuiltinGlossary } from './glossary/builtin.js';
import { createMatcher, type Occurrence } from './match/matcher.js';
import { countSeverities, createMessage, renderMessages } from './messages/create.js';
import { tokenize } from './normalize/index.js';
import { PAIR_RULES } from './rules/pair-index.js';
import type { PairView, UnitView } from './rules/pair-types.js';
import { docsUrl, type SegmentView } from './rules/index.js';
import type { FileResult, Message, Segment } from './types.js';

export type PairFormat = 'markdown' | 'text' | 'i18next';
export type BilingualFileFormat = 'xliff' | 'po';

export interface PairOptions extends Omit<CheckOptions, 'format' | 'filePath'> {
  format?: PairFormat;
  /** Default: vi → en. */
  sourceLang?: 'vi' | 'en';
  targetLang?: 'vi' | 'en';
  sourcePath?: string;
  targetPath?: string;
}

export interface PairResult {
  source: FileResult;
  target: FileResult;
}

/** Two files, a source and its translation: Markdown or text (aligned by block), or i18next JSON (by key). */
export function checkPair(source: string, target: string, options: PairOptions = {}): PairResult {
  const format = options.format ?? 'markdown';
  const sourceLang = options.sourceLang ?? 'vi';
  const targetLang = options.targetLang ?? (sourceLang === 'vi' ? 'en' : 'vi');
  const texts = { source, target };
  const messages: Record<Side, Message[]> = { source: [], target: [] };
  let targetDoc: ParsedDocument | undefined;
  try {
    let doc: BilingualDocument;
    if (format === 'i18next') doc = parseI18nextPair(source, target, { sourceLang, targetLang });
    else {
      const parse = format === 'markdown' ? parseMarkdown : parseText;
      const sourceDoc = parse(source);
      targetDoc = parse(target);
      doc = alignDocuments(sourceDoc, targetDoc, { sourceLang, targetLang });
      // The date comes from the English translation's front matter, the only side checked alone.
      messages.source.push(...frontmatterMessages(source, sourceDoc, false));
      messages.target.push(...frontmatterMessages(target, targetDoc, targetLang === 'en' && options.date === undefined));
    }
    runPair(doc, texts, options, messages, targetDoc);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    messages[error.side].push(formatErrorMessage(error, texts[error.side]));
  }
  return {
    source: result(options.sourcePath ?? '<source>', messages.source, options),
    target: result(options.targetPath ?? '<target>', messages.target, options),
  };
}

/** One file that holds both sides: XLIFF 1.2 / 2.0 or gettext PO, in either direction. */
export function checkBilingualFile(
  text: string,
  options: Omit<PairOptions, 'format' | 'targetPath'> & { format: BilingualFileFormat; filePath?: string },
): FileResult {
  const messages: Record<Side, Message[]> = { source: [], target: [] };
  try {
    const langs = {
      ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
      ...(options.targetLang ? { targetLang: options.targetLang } : {}),
    };
    const doc = options.format === 'po' ? parsePo(text, langs) : parseXliff(text, langs);
    runPair(doc, { source: text, target: text }, options, messages);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    messages.target.push(formatErrorMessage(error, text));
  }
  const all = [...messages.source, ...messages.target].sort(byPlace);
  return result(options.filePath ?? '<text>', all, options);
}

function runPair(
  doc: BilingualDocument,
  texts: Record<Side, string>,
  options: Omit<PairOptions, 'format'>,
  out: Record<Side, Message[]>,
  targetDoc?: ParsedDocument,
): void {
  const glossary = options.glossary ?? getBuiltinGlossary();
  const matchers = { vi: createMatcher(glossary, { lang: 'vi' }), en: createMatcher(glossary, { lang: 'en' }) };
  const viewOf = (segment: Segment | undefined, lang: 'vi' | 'en'): SegmentView | undefined => {
    if (!segment) return undefined;
    const tokens = tokenize(segment.text);
    const modifiers: Occurrence[] = [];
    return { segment, tokens, occurrences: matchers[lang].match(tokens, segment.text, modifiers), modifiers };
  };
  const units: UnitView[] = doc.units.map((unit) => ({
    unit,
    ...(unit.source ? { source: viewOf(unit.source, doc.sourceLang)! } : {}),
    ...(unit.target ? { target: viewOf(unit.target, doc.targetLang)! } : {}),
  }));
  const view: PairView = { units, glossary, sourceLang: doc.sourceLang, targetLang: doc.targetLang };
  const locators = { source: createLocator(texts.source), target: createLocator(texts.target) };
  // Which file a segment's offsets point into (XLIFF and PO: both sides in the one file).
  const fileOf = new Map<Segment, Side>();
  for (const u of doc.units) {
    if (u.source) fileOf.set(u.source, u.files.source);
    if (u.target) fileOf.set(u.target, u.files.target);
  }
  const sideOf = (viewSide: Side, segment: Segment): Side => fileOf.get(segment) ?? viewSide;

  for (const note of doc.notes) {
    const level = options.rules?.[note.ruleId];
    if (level === 'off') continue;
    const text = texts[note.side];
    out[note.side].push(
      createMessage({
        ruleId: note.ruleId,
        severity: note.severity === 'info' ? 'info' : (level ?? note.severity),
        start: locators[note.side].point(note.offset),
        end: locators[note.side].point(note.end),
        actual: text.slice(note.offset, note.end),
        messageId: note.messageId.includes(':') ? note.messageId : `formats:${note.messageId}`,
        data: note.data,
        url: docsUrl(note.ruleId),
      }),
    );
  }

  const directives: Record<Side, Directive[]> = { source: [], target: targetDoc?.directives ?? [] };
  for (const rule of PAIR_RULES) {
    const level = options.rules?.[rule.id];
    if (level === 'off') continue;
    rule.check(view, (report) => {
      const file = sideOf(report.side, report.segment);
      const located = { ...report, messageId: `pair:${report.messageId}` };
      const message = toMessage(located, rule.id, severityOf(report, level, rule.severity), texts[file], locators[file], directives[file]);
      if (message) out[file].push(message);
    });
  }
  for (const u of units) {
    if (u.source) release(u.source);
    if (u.target) release(u.target);
  }

  // The monolingual rules on the translation, when it is English.
  if (doc.targetLang === 'en') {
    const targets = doc.units.flatMap((u) => (u.target ? [u.target] : []));
    const parsed: ParsedDocument = targetDoc ?? { segments: targets, directives: [] };
    const fileSide = doc.units[0]?.files.target ?? 'target';
    out[fileSide].push(...checkParsed(texts[fileSide], parsed, options));
  }
}

function formatErrorMessage(error: FormatError, text: string): Message {
  const point = createLocator(text).at(error.line, error.column);
  return createMessage({
    ruleId: 'read-error',
    severity: 'error',
    start: point,
    end: point,
    actual: '',
    messageId: `formats:${error.messageId}`,
    data: error.data,
  });
}

const byPlace = (a: Message, b: Message) => a.place.start.offset - b.place.start.offset || a.ruleId.localeCompare(b.ruleId);

function result(filePath: string, messages: Message[], options: Omit<PairOptions, 'format'>): FileResult {
  messages.sort(byPlace);
  renderMessages(messages, options.lang ?? 'en');
  return { filePath, messages, ...countSeverities(messages) };
}
