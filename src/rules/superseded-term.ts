/**
 * superseded-term: a body or title that no longer existed at the document's date (merged,
 * renamed, dissolved or replaced), naming what took its place. Without a document date it can
 * only be a reminder, so it reports `info`. Once per concept per document. A mention the writer
 * marks as past ("the former Ministry of …", "the then Ministry", "the now-defunct district")
 * is history, not an old name: it is passed over.
 */
import type { Occurrence } from '../match/matcher.js';
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

/** Words that mark what follows as past. */
const PAST = new Set(['former', 'then', 'erstwhile', 'defunct', 'previous', 'old']);

function markedPast(view: SegmentView, occ: Occurrence): boolean {
  const before = wordBefore(view, occ);
  return before !== undefined && PAST.has(before.key);
}
