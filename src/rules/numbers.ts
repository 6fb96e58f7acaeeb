/**
 * Numbers in Vietnamese and English text, for number-mismatch (DESIGN.md §5). Every number becomes
 * one or more **mentions**: a span of the text and the values it may stand for. Values are compared
 * as plain numbers, so *3,25%* = *3.25%* = *3.25 per cent*, *36 triệu* = *36 million*, *ba* = *3*.
 *
 * - Digits. Vietnamese writes a decimal comma and a thousands dot ("3,25", "1.000.000"); English
 *   the other way round. A separator followed by exactly three digits is a thousands separator in
 *   the side's own convention ("1.500" in Vietnamese = 1500); the other language's convention is
 *   accepted as an alternative value where it cannot be told apart ("1,500" in a Vietnamese text
 *   may be 1.5 or 1500). Scale words multiply: *nghìn/ngàn, triệu, tỷ/tỉ* ("2 nghìn tỷ" = 2e12),
 *   *thousand, million, billion, trillion, bn, mn*. "14th", "2:30 pm" (also 14:30) are read too.
 *   Signs are ignored (so "2021-2025" is two years, not a negative number).
 * - Dates, fractions and ranges are read as their parts: "11/6/2024" is 11, 6 and 2024, as are
 *   "ngày 11 tháng 6 năm 2024" and "June 11, 2024" (English month names are numbers);
 *   "một phần ba" and "one-third" are 1 and 3; "hai phần ba" and "two-thirds" are 2 and 3.
 * - Roman numerals: "XIII" (two or more of I V X L) anywhere; a single I, V or X in Vietnamese
 *   after *thứ, khóa, kỳ, quý, phần, chương, mục, hội* ("Đại hội X", "quý I").
 * - Number words: Vietnamese *một … mười, hai mươi mốt, một trăm linh năm, hai triệu ba trăm
 *   nghìn*, *thứ nhất*, *tháng Giêng*; English *one … twenty, twenty-one, one hundred and five,
 *   a million, first … twentieth*.
 *
 * A mention is **soft** when it may well not be a number at all or is commonly dropped in
 * translation: a bare digit "1" (often an article), a single number word below ten (*một* is also "a"; *ba* "father"; *one* a
 * pronoun), an ordinal word, *half / nửa*, a lone scale word (*hàng nghìn*, *thousands*). Soft
 * mentions can answer for a number on the other side, but are reported only when the other side
 * also has a number word left over ("ba tỉnh" vs "four provinces").
 */
import { tokenize, type Token } from '../normalize/index.js';

export interface NumberMention {
  start: number;
  end: number;
  /** The text of the whole number as written (a date part reports its own digits). */
  text: string;
  /** The values it may stand for (usually one). */
  values: number[];
  soft: boolean;
  /** Written in words (not digits). */
  word: boolean;
}

export interface ExtractOptions {
  /** Spans [start, end) that are not prose (placeholders): numbers inside are ignored. */
  ignore?: ReadonlyArray<readonly [number, number]>;
}

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Numbers of a text in the given language. Never throws. */
export function extractNumbers(text: string, lang: 'vi' | 'en', options: ExtractOptions = {}): NumberMention[] {
  const masked = mask(text, options.ignore ?? []);
  const mentions: NumberMention[] = [];
  const covered: Array<[number, number]> = [];
  digitMentions(masked, text, lang, mentions, covered);
  // Words that overlap digits stay in place (so that "năm 2024" is seen as "year"), as blanks.
  const tokens = tokenize(masked).map((t) => (covered.some(([a, b]) => t.start < b && t.end > a) ? { ...t, key: NUMERAL, raw: NUMERAL, word: undefined } : t));
  if (lang === 'vi') viWordMentions(text, tokens, mentions);
  else enWordMentions(masked, text, tokens, mentions);
  romanMentions(text, tokens, lang, mentions);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The text with URLs, e-mail addresses and ignored spans blanked out (same length). */
function mask(text: string, ignore: ReadonlyArray<readonly [number, number]>): string {
  const chars = text.split('');
  const blank = (a: number, b: number) => {
    for (let i = Math.max(0, a); i < Math.min(b, chars.length); i++) chars[i] = ' ';
  };
  for (const [a, b] of ignore) blank(a, b);
  for (const m of text.matchAll(URL)) blank(m.index, m.index + m[0].length);
  return chars.join('');
}

// ───────────────────────────── digits ─────────────────────────────

/** The key and raw text of a word that holds digits (already read as a number). */
const NUMERAL = '\u0000';

const DIGITS = /[0-9]+(?:[.,][0-9]+)*/g;

const VI_SCALE = new Map<string, number>([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tr', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
  ['trăm', 100],
]);
const EN_SCALE = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
]);
const SCALE_WORD = /^[\s\u00a0]*([\p{L}]+)(?![\p{L}\p{N}])/u;

function digitMentions(masked: string, text: string, lang: 'vi' | 'en', out: NumberMention[], covered: Array<[number, number]>): void {
  const scales = lang === 'vi' ? VI_SCALE : EN_SCALE;
  for (const m of masked.matchAll(DIGITS)) {
    const start = m.index;
    let end = start + m[0].length;
    if (inIdentifier(masked, start, end)) {
      covered.push([start, end]);
      continue;
    }
    const parsed = parseNumeral(m[0], lang);
    if (parsed === null) {
      // "1.2.3" (a version or a dotted date): each part on its own.
      let at = start;
      for (const part of m[0].split(/[.,]/)) {
        out.push({ start: at, end: at + part.length, text: part, values: [Number(part)], soft: false, word: false });
        at += part.length + 1;
      }
      covered.push([start, end]);
      continue;
    }
    let values = parsed;
    // Scale words: "36 triệu", "2 nghìn tỷ", "1.5 billion", "VND5bn".
    for (;;) {
      const w = SCALE_WORD.exec(masked.slice(end));
      const scale = w ? scales.get(w[1]!.toLowerCase()) : undefined;
      if (!w || scale === undefined) break;
      values = values.map((v) => v * scale);
      end += w[0].length;
    }
    const rest = masked.slice(end);
    if (lang === 'en') {
      // "14th", "1st", "2nd", "3rd"
      const ord = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u.exec(rest);
      if (ord) end += ord[0].length;
      // "5m" attached: million or metres.
      else if (/^m(?![\p{L}\p{N}])/u.test(rest)) values = [...values, ...values.map((v) => v * 1e6)];
      // "2:30 pm" = 14:30
      const pm = /^(?::[0-9]{2})?\s*p\.?m\.?(?![\p{L}])/iu.exec(masked.slice(end));
      if (pm && values.length === 1 && values[0]! < 12) values = [values[0]!, values[0]! + 12];
    }
    // A bare "1" often stands for an article ("lấy 1 mã khác": "get another code").
    const soft = m[0] === '1' && end === start + 1;
    out.push({ start, end, text: text.slice(start, end), values, soft, word: false });
    covered.push([start, end]);
  }
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Digits inside a word that mixes letters and digits more than once ("b8713eb2b67e", a commit
 * hash or an id) are not a number. "VND36", "H5N1" and "14th" are read; a hash is skipped the
 * same way on both sides.
 */
function inIdentifier(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && ALNUM.test(text[a - 1]!)) a--;
  while (b < text.length && ALNUM.test(text[b]!)) b++;
  if (b - a < 8) return false;
  const word = text.slice(a, b);
  return (word.match(/[0-9]+/g)?.length ?? 0) >= 2 && (word.match(/\p{L}+/gu)?.length ?? 0) >= 2;
}

/**
 * The values of a numeral with separators, in the convention of `lang` (see the module comment);
 * null when it is a dotted sequence rather than one number ("1.2.3").
 */
export function parseNumeral(raw: string, lang: 'vi' | 'en'): number[] | null {
  const thousands = lang === 'vi' ? '.' : ',';
  const dots = count(raw, '.');
  const commas = count(raw, ',');
  if (dots === 0 && commas === 0) return [Number(raw)];
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator ("1.000,5" / "1,000.5").
    const decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (count(raw, decimal) > 1) return null;
    const [int = '', frac = ''] = raw.split(decimal);
    if (!groupsOfThree(int, group)) return null;
    return [Number(`${int.split(group).join('')}.${frac}`)];
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = raw.split(sep);
  if (parts.length > 2) return groupsOfThree(raw, sep) ? [Number(parts.join(''))] : null;
  const [int = '', frac = ''] = parts;
  const decimal = Number(`${int}.${frac}`);
  if (frac.length !== 3 || /^0+$/.test(int)) return [decimal];
  const grouped = Number(int + frac);
  // The side's own thousands separator; the other is ambiguous, so both values stand.
  return sep === thousands ? [grouped] : [decimal, grouped];
}

function groupsOfThree(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '').length <= 3 && (parts.length === 1 || (parts[0] ?? '').length > 0);
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

// ───────────────────────────── Roman numerals ─────────────────────────────

const ROMAN = /^[IVXL]+$/;
const VI_ROMAN_LEAD = new Set(['thứ', 'khóa', 'kỳ', 'kì', 'quý', 'phần', 'chương', 'mục', 'hội', 'lần', 'nhiệm']);

function romanMentions(text: string, tokens: Token[], lang: 'vi' | 'en', out: NumberMention[]): void {
  tokens.forEach((t, i) => {
    if (!ROMAN.test(t.raw)) return;
    if (t.raw.length === 1) {
      if (lang !== 'vi') return;
      const prev = tokens[i - 1];
      if (!prev || !VI_ROMAN_LEAD.has(prev.key)) return;
    }
    const value = romanValue(t.raw);
    if (value === null) return;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), values: [value], soft: false, word: false });
  });
}

/** The value of a canonical Roman numeral in I V X L, or null ("IIII", "VX" are not numerals). */
export function romanValue(s: string): number | null {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    total += a < b ? -a : a;
  }
  return total > 0 && toRoman(total) === s ? total : null;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

// ───────────────────────────── shared word-number machinery ─────────────────────────────

/** Consecutive tokens: separated by whitespace only (or one hyphen: "twenty-one"). */
const next = (tokens: Token[], j: number): Token | undefined => (tokens[j]?.joined ? tokens[j] : undefined);

function push(out: NumberMention[], text: string, tokens: Token[], from: number, to: number, values: number[], soft: boolean): void {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  for (const v of values) out.push({ start, end, text: text.slice(start, end), values: [v], soft, word: true });
}

/** Whether a token starts a sentence (segment start, or after . ! ? : or a line break). */
function sentenceStart(text: string, t: Token): boolean {
  return /(^|[.!?:\n])[\s"“'‘(\[*_-]*$/u.test(text.slice(Math.max(0, t.start - 8), t.start));
}

// ───────────────────────────── Vietnamese words ─────────────────────────────

const VI_UNIT = new Map<string, number>([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['lăm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['bẩy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mốt', 1],
]);
/** Unit words that are numbers only inside a compound (after mươi / mười / trăm linh, …). */
const VI_COMPOUND_ONLY = new Set(['tư', 'lăm', 'mốt']);
const VI_LARGE = new Map<string, number>([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);
/** Words after which "một" is an article or part of a phrase, not the number one. */
const VI_NOT_ONE = new Set(['số', 'cách', 'chút', 'vài', 'khi', 'lúc', 'mình', 'loạt', 'thời', 'lòng', 'mực', 'khác']);
/** Nouns after which "năm" counts things ("năm tỉnh"); elsewhere it is mostly "year". */
const VI_COUNTED = new Set(
  [
    'người', 'tỉnh', 'thành', 'nước', 'lần', 'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'nhóm', 'điểm', 'bước',
    'nhiệm', 'giải', 'lĩnh', 'vấn', 'mục', 'chương', 'đơn', 'xã', 'huyện', 'thôn', 'bản', 'hộ', 'đồng', 'nội', 'dự',
    'công', 'cán', 'đảng', 'tổ', 'ban', 'bộ', 'cơ', 'chi', 'ngành', 'khu', 'vùng', 'quốc', 'trường', 'bệnh', 'ca',
    'triệu', 'nghìn', 'ngàn', 'tỷ', 'trăm', 'mươi',
  ].map((w) => w.normalize('NFC')),
);
const VI_MONTH_NAME = new Map<string, number>([
  ['giêng', 1],
  ['chạp', 12],
]);

function viWordMentions(text: string, tokens: Token[], out: NumberMention[]): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const prev = t.joined ? tokens[i - 1] : undefined;
    // "tháng Giêng", "tháng Chạp"
    if (prev?.key === 'tháng' && t.joined && VI_MONTH_NAME.has(t.key)) {
      push(out, text, tokens, i, i + 1, [VI_MONTH_NAME.get(t.key)!], true);
      i++;
      continue;
    }
    // "một nửa", "nửa"
    if (t.key === 'nửa' || (t.key === 'một' && next(tokens, i + 1)?.key === 'nửa')) {
      const to = t.key === 'nửa' ? i + 1 : i + 2;
      push(out, text, tokens, i, to, [1, 2], true);
      i = to;
      continue;
    }
    // "thứ nhất"
    if (t.key === 'nhất' && prev?.key === 'thứ' && t.joined) {
      push(out, text, tokens, i, i + 1, [1], true);
      i++;
      continue;
    }
    const afterLead = prev !== undefined && t.joined && (prev.key === 'thứ' || prev.key === 'tháng');
    const capital = /^\p{Lu}/u.test(t.raw);
    const nextCapital = /^\p{Lu}/u.test(next(tokens, i + 1)?.raw ?? '');
    if (capital && !afterLead && (!sentenceStart(text, t) || nextCapital)) {
      i++; // "Ba Đình", "Hai Bà Trưng", "… tỉnh Năm Căn": names
      continue;
    }
    const parsed = parseViNumber(tokens, i, afterLead);
    if (!parsed) {
      i++;
      continue;
    }
    // Fractions: "một phần ba", "hai phần ba"; "ba phần trăm" is a percentage (3).
    const p = next(tokens, parsed.end);
    if (p?.key === 'phần') {
      const denom = next(tokens, parsed.end + 1);
      if (denom && (denom.key === 'trăm' || denom.key === 'nghìn' || denom.key === 'ngàn')) {
        push(out, text, tokens, i, parsed.end + 2, [parsed.value], false);
        i = parsed.end + 2;
        continue;
      }
      const d = parseViNumber(tokens, parsed.end + 1, true);
      if (d) {
        push(out, text, tokens, i, d.end, [parsed.value, d.value], false);
        i = d.end;
        continue;
      }
    }
    const soft = afterLead ? parsed.words < 2 && parsed.value < 10 : parsed.soft;
    push(out, text, tokens, i, parsed.end, [parsed.value], soft);
    i = parsed.end;
  }
}

interface WordNumber {
  value: number;
  end: number;
  words: number;
  soft: boolean;
}

/** A Vietnamese number in words starting at token `i`, or null. */
function parseViNumber(tokens: Token[], i: number, lenient: boolean): WordNumber | null {
  let total = 0;
  let cur = 0;
  let lastUnit = 0;
  let last: 'none' | 'unit' | 'ten' | 'tens' | 'hundred' | 'link' | 'large' = 'none';
  let words = 0;
  let j = i;
  let end = i;
  while (j < tokens.length && (j === i || tokens[j]!.joined)) {
    const key = tokens[j]!.key;
    const unit = VI_UNIT.get(key);
    if (unit !== undefined) {
      if (last === 'unit') break;
      if (VI_COMPOUND_ONLY.has(key) && !(last === 'tens' || last === 'ten' || last === 'link' || (lenient && j === i && key === 'tư'))) break;
      if (key === 'năm' && (last === 'tens' || last === 'ten')) break; // "hai mươi năm", "mười năm": years
      if (key === 'năm' && last === 'none' && !lenient && !VI_COUNTED.has(tokens[j + 1]?.joined ? tokens[j + 1]!.key : '')) break;
      if (key === 'một' && last === 'none' && VI_NOT_ONE.has(tokens[j + 1]?.joined ? tokens[j + 1]!.key : '')) break;
      cur += unit;
      lastUnit = unit;
      last = 'unit';
    } else if (key === 'mười') {
      if (last === 'unit' || last === 'ten' || last === 'tens') break;
      cur += 10;
      last = 'ten';
    } else if (key === 'mươi') {
      if (last !== 'unit' || lastUnit < 2) break;
      cur += lastUnit * 9;
      last = 'tens';
    } else if (key === 'trăm') {
      if (last === 'none' || cur >= 10 || last !== 'unit') break;
      cur *= 100;
      last = 'hundred';
    } else if ((key === 'linh' || key === 'lẻ') && last === 'hundred') {
      last = 'link';
      j++;
      continue; // only part of the number if a unit follows
    } else if (VI_LARGE.has(key)) {
      const scale = VI_LARGE.get(key)!;
      if (cur === 0 && total > 0 && total < scale) total *= scale;
      else total += (cur || 1) * scale;
      cur = 0;
      last = 'large';
    } else break;
    words++;
    j++;
    end = j;
  }
  if (words === 0) return null;
  const value = total + cur;
  if (value === 0) return null;
  const loneLarge = words === 1 && last === 'large';
  return { value, end, words, soft: loneLarge || (words < 2 && value < 10) };
}

// ───────────────────────────── English words ─────────────────────────────

const EN_UNIT = new Map<string, number>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (w, i) => [w, i],
  ),
);
const EN_TENS = new Map<string, number>(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10]));
const EN_LARGE = new Map<string, number>([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
const EN_ORDINAL = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['sixtieth', 60],
  ['seventieth', 70],
  ['eightieth', 80],
  ['ninetieth', 90],
  ['hundredth', 100],
]);
/** Denominators of fractions: "one-third", "two-thirds", "a quarter". */
const EN_DENOMINATOR = new Map<string, number>([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['quarter', 4],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);
const EN_MONTH = new Map<string, number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((w, i) => [w, i + 1]),
);
const EN_MONTH_ABBR = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((w) => [w, EN_MONTH.get([...EN_MONTH.keys()].find((m) => m.startsWith(w.slice(0, 3)))!)!]),
);
/** Words before "one" that make it a pronoun ("no one", "the one", "each one"). */
const EN_NOT_ONE_BEFORE = new Set(['no', 'the', 'this', 'that', 'each', 'every', 'any', 'which', 'some', 'someone', 'anyone']);

/** The lower-case word of a token, without the possessive or plural key stripping. */
const lower = (t: Token): string => t.raw.toLowerCase();

function enWordMentions(masked: string, text: string, tokens: Token[], out: NumberMention[]): void {
  const digitNear = (i: number) => {
    const around = masked.slice(Math.max(0, tokens[i]!.start - 4), tokens[i]!.end + 4);
    return /[0-9]/.test(around);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const w = lower(t);
    // Month names, capitalised ("June"); "May", "Mar" and the like only beside a number.
    const month = EN_MONTH.get(w) ?? EN_MONTH_ABBR.get(w.replace(/\.$/, ''));
    if (month !== undefined && /^\p{Lu}/u.test(t.raw)) {
      const ambiguous = w === 'may' || w === 'mar' || w === 'jun' || w === 'jul' || w === 'dec' || (w.length <= 4 && !EN_MONTH.has(w));
      if (!ambiguous || digitNear(i)) push(out, text, tokens, i, i + 1, [month], false);
      i++;
      continue;
    }
    // "half", "a half"
    if (w === 'half') {
      push(out, text, tokens, i, i + 1, [1, 2], true);
      i++;
      continue;
    }
    // "a third", "a quarter of", "a hundred", "a million", "a dozen"
    if (w === 'a' || w === 'an') {
      const n = next(tokens, i + 1);
      const nw = n ? lower(n) : '';
      const denom = EN_DENOMINATOR.get(nw);
      const after = tokens[i + 2];
      const ofFollows = !after || !after.joined || lower(after) === 'of' || /^[\s]*[,.;:!?)]/.test(text.slice(n?.end ?? 0));
      if (n && denom !== undefined && nw !== 'half' && ofFollows) {
        push(out, text, tokens, i, i + 2, [1, denom], false);
        i += 2;
        continue;
      }
      if (n && (nw === 'hundred' || EN_LARGE.has(nw))) {
        const parsed = parseEnNumber(tokens, i + 1, 1);
        if (parsed) {
          push(out, text, tokens, i, parsed.end, [parsed.value], false);
          i = parsed.end;
          continue;
        }
      }
      if (n && nw === 'dozen') {
        push(out, text, tokens, i, i + 2, [12], true);
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    const ordinal = EN_ORDINAL.get(w);
    if (ordinal !== undefined) {
      push(out, text, tokens, i, i + 1, [ordinal], true);
      i++;
      continue;
    }
    // Lone plural scale words: "thousands of", "millions"
    const plural = w.endsWith('s') ? (EN_LARGE.get(w.slice(0, -1)) ?? (w === 'hundreds' ? 100 : undefined)) : undefined;
    if (plural !== undefined) {
      push(out, text, tokens, i, i + 1, [plural], true);
      i++;
      continue;
    }
    if (w === 'one' && EN_NOT_ONE_BEFORE.has(tokens[i - 1] ? lower(tokens[i - 1]!) : '')) {
      i++;
      continue;
    }
    if (w === 'one' && ['another', 'day'].includes(tokens[i + 1] ? lower(tokens[i + 1]!) : '')) {
      i++;
      continue;
    }
    const parsed = parseEnNumber(tokens, i, 0);
    if (!parsed) {
      i++;
      continue;
    }
    // Fractions: "one-third", "two thirds", "three quarters"; hyphenated, also when the number
    // disagrees ("two-third", a slip seen in a published translation of the Constitution)
    const d = next(tokens, parsed.end);
    const dw = d ? lower(d).replace(/s$/, '') : '';
    const denom = EN_DENOMINATOR.get(dw) ?? (dw === 'halve' ? 2 : undefined);
    const fractionWord = d !== undefined && ((parsed.value === 1) === !lower(d).endsWith('s') || isHyphen(text, tokens[parsed.end - 1]!.end, d.start));
    if (d && denom !== undefined && parsed.value < 10 && parsed.words === 1 && fractionWord) {
      push(out, text, tokens, i, parsed.end + 1, [parsed.value, denom], false);
      i = parsed.end + 1;
      continue;
    }
    push(out, text, tokens, i, parsed.end, [parsed.value], parsed.soft);
    i = parsed.end;
  }
}

/** Whether text[from, to) is a hyphen or a dash alone. */
const isHyphen = (text: string, from: number, to: number): boolean => /^[-‐‑–]$/u.test(text.slice(from, to));

/** An English number in words starting at token `i` (`seed`: a value already read, "a" = 1). */
function parseEnNumber(tokens: Token[], i: number, seed: number): WordNumber | null {
  let total = 0;
  let cur = seed;
  let words = seed > 0 ? 1 : 0;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'large' | 'and' = seed > 0 ? 'unit' : 'none';
  let j = i;
  let end = i;
  let ordinal = false;
  while (j < tokens.length && (j === i || tokens[j]!.joined)) {
    const w = lower(tokens[j]!);
    const unit = EN_UNIT.get(w);
    const tens = EN_TENS.get(w);
    const ord = EN_ORDINAL.get(w);
    if (unit !== undefined) {
      if (last === 'unit' || (last === 'tens' && unit >= 10)) break;
      cur += unit;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      cur += tens;
      last = 'tens';
    } else if (ord !== undefined && ord < 100 && (last === 'tens' || last === 'hundred' || last === 'large' || last === 'and') && words > 0) {
      cur += ord;
      ordinal = true;
      words++;
      j++;
      end = j;
      break;
    } else if (w === 'hundred') {
      if (last !== 'unit' || cur >= 100) break;
      cur *= 100;
      last = 'hundred';
    } else if (EN_LARGE.has(w)) {
      if (last === 'none' || last === 'and') break;
      const scale = EN_LARGE.get(w)!;
      total += cur * scale;
      cur = 0;
      last = 'large';
    } else if (w === 'and' && (last === 'hundred' || last === 'large')) {
      const n = tokens[j + 1];
      if (!n?.joined || !(EN_UNIT.has(lower(n)) || EN_TENS.has(lower(n)))) break;
      last = 'and';
      j++;
      continue;
    } else break;
    words++;
    j++;
    end = j;
  }
  if (words === 0 || end === i) return null;
  const value = total + cur;
  if (value === 0 && words === 1 && lower(tokens[i]!) !== 'zero') return null;
  return { value, end, words, soft: ordinal || (words < 2 && value < 10) };
}

// ───────────────────────────── matching ─────────────────────────────

/** Whether two values are the same number (relative tolerance for 0.1 × 1e6 and the like). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compatible(a: NumberMention, b: NumberMention): boolean {
  return a.values.some((x) => b.values.some((y) => sameValue(x, y)));
}

/**
 * Maximum bipartite matching (augmenting paths): `adj[l]` lists the right nodes left node `l` may
 * pair with. Extends `matchL` / `matchR` (-1 = free) in place, for the left nodes in `lefts`.
 * Also used by missing-term, to pair source occurrences with target occurrences.
 */
export function augmentMatching(adj: number[][], lefts: readonly number[], matchL: Int32Array, matchR: Int32Array): void {
  for (const l of lefts) {
    if (matchL[l] !== -1) continue;
    const seen = new Uint8Array(matchR.length);
    tryAugment(l, adj, matchL, matchR, seen);
  }
}

function tryAugment(l: number, adj: number[][], matchL: Int32Array, matchR: Int32Array, seen: Uint8Array): boolean {
  for (const r of adj[l] ?? []) {
    if (seen[r]) continue;
    seen[r] = 1;
    if (matchR[r] === -1 || tryAugment(matchR[r]!, adj, matchL, matchR, seen)) {
      matchL[l] = r;
      matchR[r] = l;
      return true;
    }
  }
  return false;
}

export interface NumberComparison {
  /** Source mentions with no counterpart in the target. */
  missing: NumberMention[];
  /** Target mentions with no counterpart in the source. */
  extra: NumberMention[];
}

/**
 * Pairs source and target mentions by value: firm mentions with firm ones first, then the firm
 * ones left over with soft ones, then soft with soft. Firm mentions left over are reported; soft
 * ones only when the other side has a number word left over too.
 */
export function compareNumbers(source: NumberMention[], target: NumberMention[]): NumberComparison {
  const matchL = new Int32Array(source.length).fill(-1);
  const matchR = new Int32Array(target.length).fill(-1);
  const adjacency = (pick: (s: NumberMention, t: NumberMention) => boolean) =>
    source.map((s) => target.flatMap((t, r) => (matchR[r] === -1 && pick(s, t) && compatible(s, t) ? [r] : [])));
  const idx = (list: NumberMention[], pred: (m: NumberMention) => boolean) => list.flatMap((m, i) => (pred(m) ? [i] : []));
  // 1. firm ↔ firm
  augmentMatching(adjacency((s, t) => !s.soft && !t.soft), idx(source, (m) => !m.soft), matchL, matchR);
  // 2. firm source ↔ soft target; then firm target ↔ soft source
  augmentMatching(adjacency((s, t) => !s.soft && t.soft), idx(source, (m) => !m.soft), matchL, matchR);
  const freeSource = (m: NumberMention, l: number) => matchL[l] === -1 && m.soft;
  const reverse = target.map((t, r) => (matchR[r] === -1 && !t.soft ? source.flatMap((s, l) => (freeSource(s, l) && compatible(s, t) ? [l] : [])) : []));
  augmentMatching(reverse, idx(target, (m) => !m.soft), matchR, matchL);
  // 3. soft ↔ soft
  augmentMatching(adjacency((s, t) => s.soft && t.soft), idx(source, (m) => m.soft), matchL, matchR);

  const leftS = source.filter((_, l) => matchL[l] === -1);
  const leftT = target.filter((_, r) => matchR[r] === -1);
  const wordLeft = (list: NumberMention[]) => list.some((m) => m.word);
  return {
    missing: leftS.filter((m) => !m.soft || wordLeft(leftT)),
    extra: leftT.filter((m) => !m.soft || wordLeft(leftS)),
  };
}
