/**
 * The few ANSI escape codes the stylish reporter uses, and the width of text as a terminal
 * shows it (escape codes take no room; a base letter and its combining marks take one cell).
 */

type Style = (text: string) => string;

const wrap =
  (open: number, close: number): Style =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export const ansi = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  underline: wrap(4, 24),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
} satisfies Record<string, Style>;

/** Styles that do nothing, for `color: false`. */
export const plain: Record<keyof typeof ansi, Style> = {
  bold: (t) => t,
  dim: (t) => t,
  underline: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  blue: (t) => t,
  green: (t) => t,
};

// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

// Characters that take two cells: CJK, Hangul, full-width forms, most emoji.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;

/**
 * Latin letters (Vietnamese ones too, precomposed) and punctuation: one column and one code unit
 * each. Left out: the few of them that count as emoji (© ® ‼ ⁉), which take two.
 */
const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E]*$/;

// Made on first use: an Intl.Segmenter takes milliseconds to create, a twentieth of a cold start.
let graphemes: Intl.Segmenter | undefined;

/** Terminal columns taken by `text`. */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of graphemes.segment(plain)) {
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

/** Pad on the right (`end`) or the left (`start`) to `width` terminal columns. */
export function pad(text: string, width: number, side: 'start' | 'end' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}

/**
 * Text from a document, made safe for one terminal line: line breaks and tabs become spaces, and other
 * control characters (which could move the cursor or change colours) are dropped.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\t\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
