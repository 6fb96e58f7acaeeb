/**
 * Vietnamese normalisation (DESIGN.md §3): NFC, tone-mark placement in the clusters oa / oe / uy,
 * folding for candidate finding, and detection of Vietnamese letters.
 *
 * Tone placement. Vietnamese writes the tone of an open syllable ending in oa, oe or uy in two
 * ways: on the first vowel (hòa, khỏe, thủy, ủy: the style of today's press and of this glossary)
 * or on the second (hoà, khoẻ, thuỷ, uỷ). This module calls the first **'new'** (canonical,
 * produced by {@link normalizeVi}) and the second **'old'** (produced by
 * {@link toOldTonePlacement}), as the project brief does. Note that Vietnamese orthography
 * literature often uses the opposite labels (the 1980s school rules put the mark on the main
 * vowel, "hoà"); only the labels differ, the behaviour is the same.
 *
 * The rule only applies to an open syllable: a final consonant or vowel after the cluster (hoàn,
 * toán, ngoài, xoáy, khuya, khuỷu, thuyền) leaves the mark where it is in both styles. The "qu"
 * onset is a consonant, so "quý", "quỳ", "quỷ" are already canonical in both styles.
 */

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const; // ` ´ ̉ ~ .

/** Precomposed toned vowel → [plain vowel, combining tone mark]; e.g. "à" → ["a", "\u0300"]. */
const SPLIT = new Map<string, readonly [string, string]>();
/** plain vowel + tone mark → precomposed toned vowel. */
const JOIN = new Map<string, string>();

function tonedClass(bases: string): string {
  let out = '';
  for (const base of bases) {
    for (const tone of TONE_MARKS) {
      const composed = (base + tone).normalize('NFC');
      SPLIT.set(composed, [base, tone]);
      JOIN.set(base + tone, composed);
      out += composed;
    }
  }
  return out;
}

const TONED_A = tonedClass('aA');
const TONED_E = tonedClass('eE');
const TONED_Y = tonedClass('yY');
const TONED_O = tonedClass('oO');
const TONED_U = tonedClass('uU');
const TONED_OTHER = tonedClass('iIăĂâÂêÊôÔơƠưƯ');

/** Vietnamese onsets that can precede oa / oe / uy (no "q": in "quy" the u belongs to the onset). */
const ONSET = '(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx]|)';
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** Mark on the second vowel ("old": hoà, khoẻ, thuỷ, uỷ). Groups: onset, o, a|e, u, y. */
const SECOND_TONED = new RegExp(
  `${BEFORE}${ONSET}(?:([oO])([${TONED_A}${TONED_E}])|([uU])([${TONED_Y}]))${AFTER}`,
  'giu',
);
/** Mark on the first vowel ("new": hòa, khỏe, thủy, ủy). Groups: onset, ò, a|e, ù, y. */
const FIRST_TONED = new RegExp(
  `${BEFORE}${ONSET}(?:([${TONED_O}])([aAeE])|([${TONED_U}])([yY]))${AFTER}`,
  'giu',
);

/** Cheap pre-checks: a string without any toned a/e/y (resp. o/u) cannot need a change. */
const HAS_TONED_SECOND = new RegExp(`[${TONED_A}${TONED_E}${TONED_Y}]`, 'u');
const HAS_TONED_FIRST = new RegExp(`[${TONED_O}${TONED_U}]`, 'u');

function moveToFirst(
  _m: string,
  onset: string,
  o: string | undefined,
  ae: string | undefined,
  u: string | undefined,
  y: string | undefined,
): string {
  const first = (o ?? u) as string;
  const second = (ae ?? y) as string;
  const [base, tone] = SPLIT.get(second) as readonly [string, string];
  return onset + (JOIN.get(first + tone) as string) + base;
}

function moveToSecond(
  _m: string,
  onset: string,
  o: string | undefined,
  ae: string | undefined,
  u: string | undefined,
  y: string | undefined,
): string {
  const first = (o ?? u) as string;
  const second = (ae ?? y) as string;
  const [base, tone] = SPLIT.get(first) as readonly [string, string];
  return onset + base + (JOIN.get(second + tone) as string);
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * NFC, then canonical tone placement (mark on the first vowel of an open oa / oe / uy:
 * hoà → hòa, khoẻ → khỏe, thuỷ → thủy, Uỷ → Ủy, HOÀ → HÒA). Letter case is kept; nothing else
 * changes. Idempotent.
 */
export function normalizeVi(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  const nfc = s.normalize('NFC');
  if (!HAS_TONED_SECOND.test(nfc)) return nfc;
  return nfc.replace(SECOND_TONED, moveToFirst);
}

/**
 * NFC, then the other tone placement (mark on the second vowel of an open oa / oe / uy:
 * hòa → hoà, thủy → thuỷ, ủy → uỷ), for enforcing that house style. Idempotent.
 */
export function toOldTonePlacement(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  const nfc = s.normalize('NFC');
  if (!HAS_TONED_FIRST.test(nfc)) return nfc;
  return nfc.replace(FIRST_TONED, moveToSecond);
}

/**
 * Which tone placement a word uses: 'old' (hoà, thuỷ), 'new' (hòa, thủy), or 'none' when it has
 * no open oa / oe / uy with a tone mark (most words: "hoàn", "quý", "Huế", "the"). For a longer
 * string, the first such syllable decides.
 */
export function tonePlacementStyle(s: string): 'old' | 'new' | 'none' {
  if (!NON_ASCII.test(s)) return 'none';
  const nfc = s.normalize('NFC');
  SECOND_TONED.lastIndex = 0;
  FIRST_TONED.lastIndex = 0;
  const old = SECOND_TONED.exec(nfc);
  const neu = FIRST_TONED.exec(nfc);
  SECOND_TONED.lastIndex = 0;
  FIRST_TONED.lastIndex = 0;
  if (old && (!neu || old.index <= neu.index)) return 'old';
  if (neu) return 'new';
  return 'none';
}

const MARKS = /\p{M}+/gu;
const D_STROKE = /đ/g;

/**
 * Folded key: lower case, all combining marks stripped, đ → d ("Tỉnh ủy" → "tinh uy",
 * "ĐẢNG" → "dang"). For candidate finding and lookup ONLY: verdicts stay tone-exact.
 */
export function foldVi(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(D_STROKE, 'd');
}

const VI_LETTER = new RegExp(
  '[ăâđêôơưĂÂĐÊÔƠƯ' +
    TONED_A +
    TONED_E +
    TONED_Y +
    TONED_O +
    TONED_U +
    TONED_OTHER +
    ']|[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ]\\p{M}*[\\u0300\\u0301\\u0303\\u0309\\u0323\\u0302\\u0306\\u031B]',
  'u',
);

/**
 * True if the text contains a letter that Vietnamese writes and plain English does not: ă â đ ê ô
 * ơ ư (any case), or a vowel carrying a Vietnamese tone mark (grave, acute, hook above, tilde,
 * dot below), precomposed or decomposed (NFD). Shared letters such as "é" in "café" count too, so
 * callers deciding whether a text is Vietnamese should weigh how many words have them.
 */
export function hasVietnameseLetters(s: string): boolean {
  if (!NON_ASCII.test(s)) return false;
  return VI_LETTER.test(s);
}
