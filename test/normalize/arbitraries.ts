/**
 * fast-check generators of Vietnamese-ish words, shared by the normalisation tests: onsets, rimes
 * with the vowel that carries the tone in the canonical ("new") style, tones and letter cases.
 */
import fc from 'fast-check';

export const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng',
  'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
/** Rimes with the index of the vowel that carries the tone in the canonical ("new") style. */
const RIMES: Array<[string, number]> = [
  ['a', 0], ['e', 0], ['ê', 0], ['i', 0], ['o', 0], ['ô', 0], ['ơ', 0], ['u', 0], ['ư', 0],
  ['y', 0], ['ai', 0], ['ao', 0], ['au', 0], ['ay', 0], ['âu', 0], ['ây', 0], ['eo', 0],
  ['êu', 0], ['ia', 0], ['iu', 0], ['oi', 0], ['ôi', 0], ['ơi', 0], ['ua', 0], ['ui', 0],
  ['ưa', 0], ['ưi', 0], ['ưu', 0], ['oa', 0], ['oe', 0], ['uy', 0], ['uê', 1], ['uơ', 1],
  ['oai', 1], ['oay', 1], ['uya', 1], ['uyu', 1], ['ươi', 1], ['ươu', 1], ['uôi', 1],
  ['iêu', 1], ['yêu', 1], ['an', 0], ['anh', 0], ['ăn', 0], ['âm', 0], ['em', 0], ['ênh', 0],
  ['in', 0], ['inh', 0], ['ong', 0], ['ông', 0], ['ơn', 0], ['un', 0], ['ung', 0], ['ưng', 0],
  ['oan', 1], ['oang', 1], ['oăn', 1], ['oen', 1], ['uân', 1], ['uyên', 2], ['uyêt', 2],
  ['iên', 1], ['yên', 1], ['uôn', 1], ['ươn', 1], ['ươc', 1], ['oanh', 1], ['uynh', 1],
  ['ach', 0], ['ich', 0], ['êch', 0], ['oach', 1], ['uych', 1], ['ap', 0], ['ôp', 0], ['at', 0],
];
export const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
export const CASES = [(s: string) => s, (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1)];

export function viWord(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RIMES), fc.constantFrom(...TONES),
      fc.constantFrom(...CASES))
    .filter(([onset, [rime]]) => !(onset === 'qu' && rime.startsWith('u'))
      && !(onset === 'gi' && rime.startsWith('i')))
    .map(([onset, [rime, at], tone, casing]) =>
      casing((onset + rime.slice(0, at + 1) + tone + rime.slice(at + 1)).normalize('NFC')));
}
