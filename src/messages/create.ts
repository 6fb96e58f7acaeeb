/**
 * The one message model (DESIGN.md §6): createMessage() builds it from a rule's report, and
 * renderMessages() fills in the text, late, in the user's language.
 */
import { createTranslator, type Lang } from './i18n.js';
import type { Fix, Message, Point, Severity } from '../types.js';

export interface MessageInput {
  ruleId: string;
  severity: Severity;
  start: Point;
  end: Point;
  actual: string;
  expected?: string[];
  conceptId?: string;
  messageId: string;
  data?: Record<string, string | number>;
  url?: string;
  note?: string;
  fix?: Fix;
}

export function createMessage(input: MessageInput): Message {
  return {
    ruleId: input.ruleId,
    source: 'thuatngu',
    severity: input.severity,
    place: { start: input.start, end: input.end },
    actual: input.actual,
    expected: input.expected ?? [],
    ...(input.conceptId ? { conceptId: input.conceptId } : {}),
    messageId: input.messageId,
    data: input.data ?? {},
    ...(input.url ? { url: input.url } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.fix ? { fix: input.fix } : {}),
  };
}

/**
 * Fill in `message` for each message, in `lang`. A messageId with a namespace (`pair:…`,
 * `formats:…`) is used as it is; a bare one is in the `rules` namespace.
 */
export function renderMessages(messages: Message[], lang: Lang): Message[] {
  const t = createTranslator(lang);
  for (const m of messages) {
    const key = m.messageId.includes(':') ? m.messageId : `rules:${m.messageId}`;
    const memo = `${lang}\u0000${key}\u0000${JSON.stringify(m.data)}`;
    let text = RENDERED.get(memo);
    if (text === undefined) {
      if (RENDERED.size >= RENDERED_LIMIT) RENDERED.clear();
      RENDERED.set(memo, (text = t(key, m.data)));
    }
    m.message = text;
  }
  return messages;
}

/**
 * Texts already rendered, by language + messageId + data: documents repeat the same finding (one
 * wrong name, many times), and a call to i18next costs tens of microseconds. The catalogs never
 * change while the process runs.
 */
const RENDERED = new Map<string, string>();
const RENDERED_LIMIT = 20_000;

export function countSeverities(messages: readonly Message[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}
