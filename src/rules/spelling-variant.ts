/**
 * spelling-variant: British and American spellings mixed in one document ("mobilisation" and
 * "mobilization", "labour" and "labor"), or, when configured, any word not in the chosen
 * spelling. The -ise/-ize pairs and all other pairs are judged apart (see SpellingAxis): Oxford
 * spelling, with -ize and British otherwise ("organization", "labour", "defence"), is consistent.
 * With `consistent` (the default) the minority spelling on an axis is reported; on a tie, the
 * spelling seen first wins.
 *
 * Fix: the other spelling of the same word, keeping its capitals — only when a spelling is
 * configured (`en-GB`, `en-US`, `en-GB-oxendict`). Without one, the minority may be a name that
 * keeps its own spelling ("the World Health Organization" in a British text, "Australia's
 * Department of Defence" in an American one): the other spelling is then a suggestion, not a fix.
 */
import { counterpart, tokenSpelling, tokenSpellingAxis } from '../normalize/index.js';
import type { Rule } from './types.js';

/** How a configured spelling is named in messages (rules:spellingName). */
const SETTING_NAMES = { 'en-GB': 'gb', 'en-US': 'us', 'en-GB-oxendict': 'oxford' } as const;

export const spellingVariantRule: Rule = {
  id: 'spelling-variant',
  severity: 'warning',
  fixable: true,
  start(doc, report, settings) {
    const configured = settings.spelling === 'consistent' ? undefined : SETTING_NAMES[settings.spelling];
    const { counts } = doc.spellingTally;
    const mixed = { ize: counts.ize.gb > 0 && counts.ize.us > 0, other: counts.other.gb > 0 && counts.other.us > 0 };
    if (!configured && !mixed.ize && !mixed.other) return { segment() {} };
    return {
      segment(view) {
        for (const token of view.tokens) {
          const variant = tokenSpelling(token);
          if (!variant) continue;
          const axis = tokenSpellingAxis(token);
          const wanted = doc.spelling[axis];
          if (variant === wanted || (!configured && !mixed[axis])) continue;
          const fixed = counterpart(token.raw);
          if (!fixed) continue;
          report({
            segment: view.segment,
            start: token.start,
            end: token.end,
            messageId: configured ? 'spellingConfigured' : axis === 'ize' ? 'spellingMixedIze' : 'spellingMixed',
            data: {
              actual: token.raw,
              expected: fixed,
              spelling: configured ?? wanted,
              ...(axis === 'ize' ? { ending: wanted === 'gb' ? '-ise' : '-ize' } : {}),
            },
            expected: [fixed],
            ...(configured ? { fix: fixed } : {}),
          });
        }
      },
    };
  },
};
