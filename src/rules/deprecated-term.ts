/**
 * deprecated-term: a rendering the glossary marks as wrong or non-standard. Fix: the preferred
 * term, when the occurrence names exactly one concept (keeping the place name, the document's
 * spelling, a possessive ending and a sentence-initial capital).
 */
import { adaptTerm, atSentenceStart, rawOf } from './render.js';
import type { Rule, SegmentView } from './types.js';

export const deprecatedTerm: Rule = {
  id: 'deprecated-term',
  severity: 'warning',
  fixable: true,
  start(doc, report) {
    return {
      segment(view) {
        for (const occ of view.occurrences) {
          const deprecated = occ.forms.filter((f) => f.kind === 'deprecated');
          if (deprecated.length === 0 || deprecated.length !== occ.forms.length) continue;
          const actual = rawOf(view, occ);
          const concepts = [...new Set(deprecated.map((f) => f.concept))];
          for (const form of deprecated) {
            const concept = form.concept;
            if (concept.exceptions?.some((phrase) => view.segment.text.includes(phrase))) continue;
            const expected = adaptTerm(concept.en, {
              spelling: doc.spelling,
              replaces: actual,
              ...(occ.place ? { place: placeText(view, occ.place.name) } : {}),
              sentenceStart: atSentenceStart(view, occ) && /^\p{Lu}/u.test(actual),
            });
            report({
              segment: view.segment,
              start: occ.start,
              end: occ.end,
              messageId: 'deprecatedTerm',
              data: { actual, expected, vi: concept.vi, reason: form.reason ?? '' },
              expected: [expected, ...concept.admitted.map((a) => adaptTerm(a.term, { spelling: doc.spelling }))],
              conceptId: concept.id,
              // One concept, and no place name that the preferred term has no room for.
              ...(concepts.length === 1 && (!occ.place || concept.en.includes('{place}')) ? { fix: expected } : {}),
              ...(concept.severity ? { severity: concept.severity } : {}),
            });
          }
        }
      },
    };
  },
};

/** The place name as the text writes it ("Quang Tri"), for the `{place}` slot of the fix. */
function placeText(view: SegmentView, [a, b]: [number, number]): string {
  return view.segment.text.slice(view.tokens[a]!.start, view.tokens[b - 1]!.end);
}
