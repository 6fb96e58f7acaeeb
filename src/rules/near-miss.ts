/**
 * near-miss: a span that is one small edit away from a glossary term — a wrong preposition
 * ("Central Committee of Mass Mobilization"), a dropped, added or swapped word, one or two
 * misspelt words ("Vietnam Fatherlan Front") — and is not itself a term. Suggestion only: the
 * concept's preferred term, never a fix (DESIGN.md §2, §5).
 *
 * Left alone: a span inside a longer proper name that the glossary does not know, which names
 * another body ("the Foreign Affairs Commission of the CPC Central Committee", "China's Foreign
 * Affairs Commission" are not the National Assembly's Foreign Affairs Committee misspelt).
 */
import { createFuzzyIndex, findNearMisses } from '../match/fuzzy.js';
import { adaptTerm } from './render.js';
import type { Rule } from './types.js';
import { insideUnknownName } from './generic-use.js';

export const nearMiss: Rule = {
  id: 'near-miss',
  severity: 'warning',
  fixable: false,
  prepare(glossary) {
    createFuzzyIndex(glossary, { lang: 'en' });
  },
  start(doc, report) {
    const index = createFuzzyIndex(doc.glossary, { lang: 'en' });
    return {
      segment(view) {
        if (view.segment.lang === 'vi') return;
        for (const miss of findNearMisses(index, view.tokens, view.occurrences)) {
          const concept = miss.form.concept;
          if (concept.exceptions?.some((phrase) => view.segment.text.includes(phrase))) continue;
          if (insideUnknownName(doc.glossary, view.segment.text, view.tokens, miss.tokens[0], miss.tokens[1])) continue;
          const actual = view.segment.text.slice(miss.start, miss.end);
          // The preferred term without its place slot, in the document's spelling.
          const expected = adaptTerm(concept.en, { spelling: doc.spelling });
          report({
            segment: view.segment,
            start: miss.start,
            end: miss.end,
            messageId: 'nearMiss',
            data: { actual, expected, vi: concept.vi },
            expected: [expected],
            conceptId: concept.id,
          });
        }
      },
    };
  },
};
