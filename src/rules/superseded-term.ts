/**
 * superseded-term: a body or title that no longer existed at the document's date (merged,
 * renamed, dissolved or replaced), naming what took its place; or a body's earlier name (an
 * admitted term with `validUntil`: "General Statistics Office", now the National Statistics
 * Office). Without a document date it can only be a reminder, so it reports `info`. Once per
 * concept per document. A mention the writer marks as past ("the former Ministry of …", "the then
 * Ministry", "the now-defunct district", "after the merger with the Ministry of …", "the Ministry
 * of … was merged into …"), or sets in a year before the change ("In 2024, the Ministry of …
 * forecast …") or before the change itself ("Before the merger, … district had 19 communes"), is
 * history, not an old name: it is passed over.
 */
import type { Concept } from '../types.js';
import type { Occurrence } from '../match/matcher.js';
import { tokenKey, type Token } from '../normalize/index.js';
import { wordBefore } from './generic-use.js';
import { adaptTerm, rawOf } from './render.js';
import type { DocumentInfo, Report, Rule, SegmentView } from './types.js';

export const supersededTerm: Rule = {
  id: 'superseded-term',
  severity: 'warning',
  fixable: false,
  start(doc, report) {
    const seen = new Set<string>();
    return {
      segment(view) {
        for (const occ of view.occurrences) {
          const concept = occ.forms[0]!.concept;
          if (occ.forms.some((f) => f.concept !== concept) || seen.has(concept.id)) continue;
          const ended = concept.status !== 'active' && concept.validUntil !== undefined;
          const until = ended ? concept.validUntil : earlierName(occ);
          if (until === undefined) continue;
          if (doc.date && doc.date < until) continue; // still existed, or still had that name, then
          if (markedPast(view, occ) || setBefore(view, occ, until)) continue;
          seen.add(concept.id);
          const what = ended ? describeEnd(doc, concept) : describeEarlierName(doc, concept);
          report({
            segment: view.segment,
            start: occ.start,
            end: occ.end,
            messageId: what.messageId,
            data: { actual: rawOf(view, occ), date: until, ...what.data, ...(doc.date ? { docDate: doc.date } : {}) },
            expected: what.expected,
            conceptId: concept.id,
            ...(doc.date ? {} : { severity: 'info' as const }),
          });
        }
      },
    };
  },
};

type Description = Pick<Report, 'messageId' | 'data' | 'expected'>;

/** A body or title that ended: what took its place, if the glossary knows it. */
function describeEnd(doc: DocumentInfo, concept: Concept): Description {
  const successor = concept.successor ? doc.glossary.byId.get(concept.successor) : undefined;
  const dated = doc.date !== undefined;
  const name = successor && nameNow(doc, successor);
  return {
    messageId: successor ? (dated ? 'supersededBy' : 'supersededByNoDate') : dated ? 'superseded' : 'supersededNoDate',
    data: { status: concept.status, ...(successor ? { successor: name!, successorVi: successor.vi } : {}) },
    expected: name ? [name] : [],
  };
}

/** A body's earlier name: its name now. */
function describeEarlierName(doc: DocumentInfo, concept: Concept): Description {
  const name = nameNow(doc, concept);
  return {
    messageId: doc.date ? 'formSuperseded' : 'formSupersededNoDate',
    data: { expected: name, vi: concept.vi },
    expected: [name],
  };
}

/** A concept's English name in the document's spelling ("Mobilization" in an American text). */
function nameNow(doc: DocumentInfo, concept: Concept): string {
  return adaptTerm(concept.en, { spelling: doc.spelling });
}

/** The date until which the matched words were the concept's name, when every form they spell was one. */
function earlierName(occ: Occurrence): string | undefined {
  const until = occ.forms[0]!.validUntil;
  return until !== undefined && occ.forms.every((f) => f.validUntil === until) ? until : undefined;
}

const keys = (words: string): Set<string> => new Set(words.split(' ').map(tokenKey));
/** Words that mark what follows as past. */
const PAST = keys('former formerly then erstwhile defunct previous old');
/** What happened to a body: "the merger with the Ministry of …", "… was merged into …". */
const CHANGE = keys(
  'merger merge merged merging amalgamation consolidation dissolution dissolved abolition abolished absorbed ' +
    'restructuring reorganisation reorganised renamed renaming split ceased rearrangement',
);
const CHANGE_LINK = keys('with of into from');
const AUXILIARY = keys('was were had has have been being later then');
/**
 * What leads to the body's change later in its sentence: a word for the body ("… before it was
 * merged into …", "…, which was renamed …") or a conjunction ("… before being dissolved").
 */
const BACK_REFERENCE = keys('it they which before until');
/** How far on in its sentence a change may be told ("… had forecast growth of 6.5% before it was merged"). */
const LATER_WINDOW = 16;
const SENTENCE_END = /[.!?;]/u;

/**
 * The writer speaks of the body as past: a past word right before it ("the former Ministry of
 * …"), a change it went through right before it ("after the merger with the Ministry of …"), or
 * right after it ("the Ministry of … was merged into …", "… no longer exists"), within one run
 * of words; or later in its sentence (changedLater()).
 */
function markedPast(view: SegmentView, occ: Occurrence): boolean {
  const before = wordBefore(view, occ);
  if (before !== undefined && PAST.has(before.key)) return true;
  const tokens = view.tokens;
  let i = occ.tokens[0] - 1;
  if (i >= 0 && tokens[i + 1]!.joined && tokens[i]!.key === 'the') i--;
  if (i >= 1 && tokens[i + 1]!.joined && tokens[i]!.joined && CHANGE_LINK.has(tokens[i]!.key) && CHANGE.has(tokens[i - 1]!.key)) return true;
  let j = occ.tokens[1];
  while (j < tokens.length && tokens[j]!.joined && AUXILIARY.has(tokens[j]!.key)) j++;
  if (j < tokens.length && tokens[j]!.joined) {
    if (CHANGE.has(tokens[j]!.key)) return true;
    // "… no longer exists"
    if (tokens[j]!.key === 'no' && tokens[j + 1]?.joined === true && tokens[j + 1]!.key === 'longer') return true;
  }
  return changedLater(view, occ);
}

/**
 * Further on in the same sentence, a word standing for the body and then what happened to it:
 * "… had forecast growth before it was merged into …", "…, which was later renamed …".
 */
function changedLater(view: SegmentView, occ: Occurrence): boolean {
  const tokens = view.tokens;
  const end = Math.min(sentenceEnd(view, occ.tokens[1] - 1), occ.tokens[1] + LATER_WINDOW);
  for (let j = occ.tokens[1]; j < end; j++) {
    if (!BACK_REFERENCE.has(tokens[j]!.key)) continue;
    let k = j + 1;
    while (k < end && tokens[k]!.joined && AUXILIARY.has(tokens[k]!.key)) k++;
    if (k < end && tokens[k]!.joined && CHANGE.has(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * The sentence is set before the change: in a year before it ("In 2024, the Ministry of … forecast
 * …", "… in late March 2023", "by the end of 2024"), or before the change itself ("Before the
 * merger, Gio Linh district had 19 communes", "prior to the rearrangement"). A number in a
 * document's number ("Decision 1961/QD-TTg") is no year, and "since 2020" runs up to now.
 */
function setBefore(view: SegmentView, occ: Occurrence, validUntil: string): boolean {
  const { tokens, segment } = view;
  const until = Number(validUntil.slice(0, 4));
  const end = sentenceEnd(view, occ.tokens[1] - 1);
  for (let j = sentenceStart(view, occ.tokens[0]); j < end; j++) {
    const key = tokens[j]!.key;
    if (beforeChange(tokens, j, end)) return true;
    if (!YEAR.test(key) || Number(key) >= until) continue;
    if (NUMBER_GOES_ON.test(segment.text.slice(tokens[j]!.end, tokens[j]!.end + 1))) continue;
    let i = j - 1;
    while (i >= 0 && j - i <= 4 && tokens[i + 1]!.joined && WHEN_WORDS.has(tokens[i]!.key)) i--;
    if (i >= 0 && tokens[i + 1]!.joined && IN_TIME.has(tokens[i]!.key)) return true;
  }
  return false;
}
/** "before the merger", "until the dissolution", "prior to the rearrangement", from token j, within [j, end). */
function beforeChange(tokens: readonly Token[], j: number, end: number): boolean {
  let k = j + 1;
  if (tokens[j]!.key === 'prior' && k < end && tokens[k]!.joined && tokens[k]!.key === 'to') k++;
  else if (!BEFORE.has(tokens[j]!.key)) return false;
  if (k < end && tokens[k]!.joined && tokens[k]!.key === 'the') k++;
  return k < end && tokens[k]!.joined && CHANGE.has(tokens[k]!.key);
}
const YEAR = /^(?:19[4-9]|20\d)\d$/u;
/** What follows the number of a document or a range of years: "1961/TB-VPCP", "2021-2025". */
const NUMBER_GOES_ON = /^[/\-–]/u;
/** Words that set a sentence before a change: "before the merger", "until the dissolution" ("prior to" too). */
const BEFORE = keys('before until till');
/** Words that set a year as a time: "in 2024", "during 2023", "by the end of 2024". */
const IN_TIME = keys('in during throughout before until till by');
/** Words that may stand between them and the year: "in late March 2024", "by the end of 2024". */
const WHEN_WORDS = keys(
  'early late mid the end beginning start middle of ' +
    'january february march april may june july august september october november december',
);

/** The first token of the sentence that holds token i. */
function sentenceStart(view: SegmentView, i: number): number {
  const { tokens, segment } = view;
  while (i > 0 && !SENTENCE_END.test(segment.text.slice(tokens[i - 1]!.end, tokens[i]!.start))) i--;
  return i;
}

/** One past the last token of the sentence that holds token i. */
function sentenceEnd(view: SegmentView, i: number): number {
  const { tokens, segment } = view;
  while (i + 1 < tokens.length && !SENTENCE_END.test(segment.text.slice(tokens[i]!.end, tokens[i + 1]!.start))) i++;
  return i + 1;
}
