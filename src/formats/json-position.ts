/**
 * A small JSON reader that keeps positions (DESIGN.md §3): every value knows where it starts and
 * ends in the text, and every string value comes with its decoded text and an offset map into the
 * characters inside its quotes (an escape maps to its backslash).
 *
 * Two grammars:
 * - `json`: RFC 8259 plus `//` and `/* *\/` comments (JSONC, as jsonc-parser and VS Code read
 *   locale files; real files carry them): no trailing commas, no single quotes, no unquoted keys.
 * - `js`: the object-literal subset that locale files written as JavaScript use: `//` and `/* *\/`
 *   comments, trailing commas, single-quoted strings, unquoted identifier or number keys, JS string
 *   escapes (`\xHH`, `\u{…}`, `\'`, line continuations). No template literals, expressions,
 *   spreads, computed keys or functions.
 *
 * Errors are thrown as {@link JsonSyntaxError} with the offset of the first offending character and
 * a detail code (a key under `formats:jsonDetail`).
 * @internal used by the i18next adapter
 */

export type JsonDetail =
  | 'unexpectedEnd'
  | 'unexpectedCharacter'
  | 'badEscape'
  | 'controlCharacter'
  | 'badNumber'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'expectedKey'
  | 'expectedValue'
  | 'trailingComma'
  | 'trailingContent'
  | 'unterminatedComment';

export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly detail: JsonDetail,
    readonly found: string,
  ) {
    super(`${detail} at ${offset}`);
    this.name = 'JsonSyntaxError';
  }
}

export interface JsonStringNode {
  type: 'string';
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
  value: string;
  /** [textOffset, sourceOffset] pairs, as in `Segment.map`. */
  map: Array<[number, number]>;
}

export interface JsonMember {
  key: JsonStringNode;
  value: JsonNode;
}

export type JsonNode =
  | JsonStringNode
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'number' | 'boolean' | 'null'; start: number; end: number };

export type JsonMode = 'json' | 'js';

/**
 * Read one value starting at `start` (after skipping whitespace, and comments in `js` mode).
 * Returns the value and the offset just after it; the caller decides what may follow.
 */
export function readJsonValue(text: string, start: number, mode: JsonMode): { node: JsonNode; end: number } {
  const reader = new Reader(text, mode);
  reader.pos = start;
  reader.skipSpace();
  const node = reader.value();
  return { node, end: reader.pos };
}

/** Skip whitespace (and in `js` mode comments) from `pos`; returns the next offset. */
export function skipSpace(text: string, pos: number, mode: JsonMode): number {
  const reader = new Reader(text, mode);
  reader.pos = pos;
  reader.skipSpace();
  return reader.pos;
}

/** Read a whole JSON document: one value, then only whitespace. A leading BOM is skipped. */
export function parseJsonDocument(text: string): JsonNode {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { node, end } = readJsonValue(text, start, 'json');
  const after = skipSpace(text, end, 'json');
  if (after < text.length) throw new JsonSyntaxError(after, 'trailingContent', text[after] ?? '');
  return node;
}

const ID_START = /[\p{L}\p{Nl}$_]/u;
const ID_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]/u;

class Reader {
  pos = 0;
  constructor(
    readonly text: string,
    readonly mode: JsonMode,
  ) {}

  fail(detail: JsonDetail, at = this.pos): never {
    const found = at < this.text.length ? String.fromCodePoint(this.text.codePointAt(at) ?? 0) : '';
    throw new JsonSyntaxError(at, at >= this.text.length ? 'unexpectedEnd' : detail, found);
  }

  skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        this.pos++;
        continue;
      }
      if (this.mode === 'js' && (c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12)) {
        this.pos++;
        continue;
      }
      if (c === 47 /* / */) {
        const d = t.charCodeAt(this.pos + 1);
        if (d === 47) {
          let p = this.pos + 2;
          while (p < t.length && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) p++;
          this.pos = p;
          continue;
        }
        if (d === 42) {
          const close = t.indexOf('*/', this.pos + 2);
          if (close < 0) this.fail('unterminatedComment', this.pos);
          this.pos = close + 2;
          continue;
        }
      }
      return;
    }
  }

  value(): JsonNode {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 123 /* { */) return this.object();
    if (c === 91 /* [ */) return this.array();
    if (c === 34 /* " */ || (c === 39 /* ' */ && this.mode === 'js')) return this.string();
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) return this.number();
    for (const [word, type] of [
      ['true', 'boolean'],
      ['false', 'boolean'],
      ['null', 'null'],
    ] as const) {
      if (t.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        if (this.mode === 'js' && ID_PART.test(t[this.pos] ?? '')) this.fail('expectedValue', start);
        return { type, start, end: this.pos };
      }
    }
    return this.fail('expectedValue');
  }

  object(): JsonNode {
    const start = this.pos;
    this.pos++;
    const members: JsonMember[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125 /* } */) {
      this.pos++;
      return { type: 'object', start, end: this.pos, members };
    }
    for (;;) {
      const key = this.key();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58 /* : */) this.fail('expectedColon');
      this.pos++;
      this.skipSpace();
      const value = this.value();
      members.push({ key, value });
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 125) {
        this.pos++;
        return { type: 'object', start, end: this.pos, members };
      }
      if (c !== 44 /* , */) this.fail('expectedCommaOrBrace');
      const comma = this.pos;
      this.pos++;
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) === 125) {
        if (this.mode === 'json') this.fail('trailingComma', comma);
        this.pos++;
        return { type: 'object', start, end: this.pos, members };
      }
    }
  }

  key(): JsonStringNode {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 34 || (c === 39 && this.mode === 'js')) return this.string();
    if (this.mode === 'js') {
      const start = this.pos;
      let p = this.pos;
      if (ID_START.test(t[p] ?? '')) {
        p++;
        while (p < t.length && ID_PART.test(t[p] as string)) p++;
      } else {
        while (p < t.length && t.charCodeAt(p) >= 48 && t.charCodeAt(p) <= 57) p++;
      }
      if (p > start) {
        this.pos = p;
        const value = t.slice(start, p);
        return { type: 'string', start, end: p, value, map: [[0, start]] };
      }
    }
    return this.fail('expectedKey');
  }

  array(): JsonNode {
    const start = this.pos;
    this.pos++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93 /* ] */) {
      this.pos++;
      return { type: 'array', start, end: this.pos, items };
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === 93) {
        this.pos++;
        return { type: 'array', start, end: this.pos, items };
      }
      if (c !== 44) this.fail('expectedCommaOrBracket');
      const comma = this.pos;
      this.pos++;
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) === 93) {
        if (this.mode === 'json') this.fail('trailingComma', comma);
        this.pos++;
        return { type: 'array', start, end: this.pos, items };
      }
    }
  }

  number(): JsonNode {
    const t = this.text;
    const start = this.pos;
    let p = this.pos;
    const digit = (q: number) => t.charCodeAt(q) >= 48 && t.charCodeAt(q) <= 57;
    if (t.charCodeAt(p) === 45) p++;
    if (t.charCodeAt(p) === 48) p++;
    else if (digit(p)) while (digit(p)) p++;
    else this.fail('badNumber', p);
    if (t.charCodeAt(p) === 46 /* . */) {
      p++;
      if (!digit(p)) this.fail('badNumber', p);
      while (digit(p)) p++;
    }
    if (t.charCodeAt(p) === 101 || t.charCodeAt(p) === 69 /* e E */) {
      p++;
      if (t.charCodeAt(p) === 43 || t.charCodeAt(p) === 45) p++;
      if (!digit(p)) this.fail('badNumber', p);
      while (digit(p)) p++;
    }
    this.pos = p;
    return { type: 'number', start, end: p };
  }

  string(): JsonStringNode {
    const t = this.text;
    const start = this.pos;
    const quote = t.charCodeAt(start);
    const parts: string[] = [];
    const map: Array<[number, number]> = [];
    let length = 0;
    let lastText = -2;
    let lastSource = -2;
    const push = (s: string, at: number): void => {
      if (!(length === lastText + 1 && at === lastSource + 1)) map.push([length, at]);
      parts.push(s);
      length += s.length;
      lastText = length - 1;
      lastSource = at + s.length - 1;
    };
    /** One decoded unit (or two, for an astral code point) standing for the escape at `at`. */
    const pushEscape = (s: string, at: number): void => {
      for (let k = 0; k < s.length; k++) {
        map.push([length, at]);
        parts.push(s[k] as string);
        length++;
      }
      lastText = length - 1;
      lastSource = at;
    };
    let p = start + 1;
    let run = p;
    for (;;) {
      if (p >= t.length) this.fail('unexpectedEnd', p);
      const c = t.charCodeAt(p);
      if (c === quote) {
        if (p > run) push(t.slice(run, p), run);
        this.pos = p + 1;
        if (length === 0) map.push([0, start + 1]);
        return { type: 'string', start, end: p + 1, value: parts.join(''), map };
      }
      if (c < 0x20 && (this.mode === 'json' || c === 10 || c === 13)) this.fail('controlCharacter', p);
      if (c !== 92 /* \ */) {
        p++;
        continue;
      }
      if (p > run) push(t.slice(run, p), run);
      const at = p;
      const e = t[p + 1];
      p += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          pushEscape(e, at);
          break;
        case 'b':
          pushEscape('\b', at);
          break;
        case 'f':
          pushEscape('\f', at);
          break;
        case 'n':
          pushEscape('\n', at);
          break;
        case 'r':
          pushEscape('\r', at);
          break;
        case 't':
          pushEscape('\t', at);
          break;
        case 'u': {
          if (this.mode === 'js' && t[p] === '{') {
            const close = t.indexOf('}', p);
            const hex = close < 0 ? '' : t.slice(p + 1, close);
            if (!/^[0-9a-fA-F]{1,6}$/.test(hex) || Number.parseInt(hex, 16) > 0x10ffff) this.fail('badEscape', at);
            pushEscape(String.fromCodePoint(Number.parseInt(hex, 16)), at);
            p = close + 1;
            break;
          }
          const hex = t.slice(p, p + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('badEscape', at);
          pushEscape(String.fromCharCode(Number.parseInt(hex, 16)), at);
          p += 4;
          break;
        }
        default: {
          if (this.mode === 'json' || e === undefined) this.fail('badEscape', at);
          // JavaScript escapes.
          if (e === 'x') {
            const hex = t.slice(p, p + 2);
            if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail('badEscape', at);
            pushEscape(String.fromCharCode(Number.parseInt(hex, 16)), at);
            p += 2;
          } else if (e === 'v') {
            pushEscape('\v', at);
          } else if (e === '0' && !/[0-9]/.test(t[p] ?? '')) {
            pushEscape('\0', at);
          } else if (e === '\n' || e === '\u2028' || e === '\u2029') {
            // Line continuation: nothing.
          } else if (e === '\r') {
            if (t[p] === '\n') p++;
          } else if (/[1-9]/.test(e)) {
            this.fail('badEscape', at);
          } else {
            pushEscape(e, at);
          }
        }
      }
      run = p;
    }
  }
}
