/**
 * spelling-variant: British and American spellings mixed in one document ("mobilisation" and
 * "mobilization"), or, when configured, any word not in the chosen spelling. With `consistent`
 * (the default) the minority spelling is reported; on a tie, the spelling seen first wins.
 *
 * Fix: the other spelling of the same word, keeping its capitals — only when a spelling is
 * configured (`en-GB` / `en-US`). Without one, the minority may be a name that keeps its own
 * spelling ("the World Health Organization" in a British text, "Australia's Department of
 * Defence" in an American one): the other spelling is then a suggestion, not a fix.
 */
import { counterpart, tokenSpelling } from '../normalize/index.js';
import type { Rule, Spelling } from './types.js';

export const spellingVariantRule: Rule = {
  id: 'spelling-variant',
  severity: 'warning',
  fixable: true,
  start(doc, report, settings) {
    let wanted: Spelling;
    const configured = settings.spelling === 'en-GB' || settings.spelling === 'en-US';
    if (settings.spelling === 'en-GB') wanted = 'gb';
    else if (settings.spelling === 'en-US') wanted = 'us';
    else {
      const { gb, us } = doc.spellingCounts;
      if (gb === 0 || us === 0) return { segment() {} };
      wanted = doc.spelling;
    }
    return {
      segment(view) {
        for (const token of view.tokens) {
          const variant = tokenSpelling(token);
          if (!variant || variant === wanted) continue;
          const fixed = counterpart(token.raw);
          if (!fixed) continue;
          report({
            segment: view.segment,
            start: token.start,
            end: token.end,
            messageId: configured ? 'spellingConfigured' : 'spellingMixed',
            data: { actual: token.raw, expected: fixed, spelling: wanted },
            expected: [fixed],
            ...(configured ? { fix: fixed } : {}),
          });
        }
      },
    };
  },
};
