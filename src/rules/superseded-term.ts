/**
 * superseded-term: a body or title that no longer existed at the document's date (merged,
 * renamed, dissolved or replaced), naming what took its place. Without a document date it can
 * only be a reminder, so it reports `info`. Once per concept per document. A mention the writer
 * marks as past ("the former Ministry of …", "the then Ministry", "the now-defunct district",
 * "after the merger with the Ministry of …", "the Ministry of … was merged into …") is history,
 * not an old name: it is passed over.
 */
import type { Occurrence } from '../match/matcher.js';
import { tokenKey } from '../normalize/index.js';
import { wordBefore } from './generic-use.js';
import { rawOf } from './render.js';
import type { Rule, SegmentView } from './types.js';

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
          if (occ.forms.some((f) => f.concept !== concept)) continue;
          if (concept.status === 'active' || !concept.validUntil || seen.has(concept.id)) continue;
          if (doc.date && doc.date < concept.validUntil) continue; // still existed then
          if (markedPast(view, occ)) continue;
          seen.add(concept.id);
          const successor = concept.successor ? doc.glossary.byId.get(concept.successor) : undefined;
          report({
            segment: view.segment,
            start: occ.start,
            end: occ.end,
            messageId: successor
              ? doc.date ? 'supersededBy' : 'supersededByNoDate'
              : doc.date ? 'superseded' : 'supersededNoDate',
            data: {
              actual: rawOf(view, occ),
              status: concept.status,
              date: concept.validUntil,
              ...(successor ? { successor: successor.en, successorVi: successor.vi } : {}),
              ...(doc.date ? { docDate: doc.date } : {}),
            },
            expected: successor ? [successor.en] : [],
            conceptId: concept.id,
            ...(doc.date ? {} : { severity: 'info' as const }),
          });
        }
      },
    };
  },
};

const keys = (words: string): Set<string> => new Set(words.split(' ').map(tokenKey));
/** Words that mark what follows as past. */
const PAST = keys('former formerly then erstwhile defunct previous old');
/** What happened to a body: "the merger with the Ministry of …", "… was merged into …". */
const CHANGE = keys(
  'merger merge merged merging amalgamation consolidation dissolution dissolved abolition abolished absorbed ' +
    'restructuring reorganisation reorganised renamed renaming split ceased',
);
const CHANGE_LINK = keys('with of into from');
const AUXILIARY = keys('was were had has have been being later then');

/**
 * The writer speaks of the body as past: a past word right before it ("the former Ministry of
 * …"), a change it went through right before it ("after the merger with the Ministry of …"), or
 * right after it ("the Ministry of … was merged into …", "… no longer exists"); within one run
 * of words.
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
  if (j >= tokens.length || !tokens[j]!.joined) return false;
  if (CHANGE.has(tokens[j]!.key)) return true;
  // "… no longer exists"
  return tokens[j]!.key === 'no' && tokens[j + 1]?.joined === true && tokens[j + 1]!.key === 'longer';
}
