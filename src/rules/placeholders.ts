/**
 * Placeholder extraction for placeholder-mismatch (DESIGN.md §5), one scanner per syntax of
 * `Unit.placeholders`. Each placeholder has an identity (`id`: what must be the same on both sides)
 * and the span it takes in the text (`raw` is what the user wrote).
 *
 * - i18next: `{{name}}`, `{{name, format}}`, `{{- name}}` (unescaped: a different identity, since
 *   it changes escaping), `$t(key)` and `$t(key, {…})` nesting (identity `$t(key)`), Trans and HTML
 *   tags: a matched pair `<0>…</0>` is one placeholder `<0>…</0>`, `<1/>` another; a lone open or
 *   close tag stands for itself.
 * - printf (C and Python): `%s %d %i %f %.2f %1$s %(name)s`; `%%` is a literal percent sign. C
 *   lets a translation reorder arguments with `%2$s %1$s`, so the identity of a sequential `%s` is
 *   its position and conversion (`%1$s`), and `%s %d` matches `%2$d %1$s` swapped back.
 * - icu / python-brace: `{name}`, `{0}`, `{}`, `{0:.2f}`, `{count, plural, one {…} other {…}}`:
 *   the argument name is the identity; plural and select branches are translated text, but
 *   arguments nested inside them are collected once each.
 * - xliff: inline codes live in `Unit.codes`, not in the text (placeholder-mismatch reads them).
 */
import type { PlaceholderSyntax } from '../formats/units.js';

export interface Placeholder {
  /** What must be the same on both sides. */
  id: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
}

/** Placeholders of `text` for the given syntaxes, in text order (no two overlap). */
export function extractPlaceholders(text: string, syntaxes: readonly PlaceholderSyntax[]): Placeholder[] {
  const out: Placeholder[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  // A later syntax gives way to an earlier one where they overlap ("{{x}}" is not also "{x}").
  const add = (list: Placeholder[]) => {
    const kept = list.filter((p) => free(p.start, p.end));
    for (const p of kept) taken.push([p.start, p.end]);
    out.push(...kept);
  };
  const set = new Set(syntaxes);
  if (set.has('i18next')) add(i18nextPlaceholders(text));
  if (set.has('icu')) add(bracePlaceholders(text));
  if (set.has('printf')) add(printfPlaceholders(text));
  return out.sort((a, b) => a.start - b.start);
}

// ───────────────────────────── i18next ─────────────────────────────

const NESTING = /\$t\(/g;
const INTERPOLATION = /\{\{(-?)\s*([^{}]*?)\s*\}\}/g;
const TAG = /<(\/?)([A-Za-z][\w.-]*|\d+)((?:\s+[^<>]*?)?)\s*(\/?)>/g;

export function i18nextPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  const masked: Array<[number, number]> = [];
  // $t(key, { … }) first: its options may hold {{…}} of their own.
  for (const m of text.matchAll(NESTING)) {
    const start = m.index;
    if (masked.some(([a, b]) => start >= a && start < b)) continue;
    const end = closingParen(text, start + 3);
    if (end < 0) continue;
    const inner = text.slice(start + 3, end - 1);
    const key = (inner.split(',')[0] ?? '').trim().replace(/^['"]|['"]$/g, '');
    if (!key) continue;
    out.push({ id: `$t(${key})`, raw: text.slice(start, end), start, end });
    masked.push([start, end]);
  }
  const outside = (s: number, e: number) => masked.every(([a, b]) => e <= a || s >= b);
  for (const m of text.matchAll(INTERPOLATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!outside(start, end)) continue;
    const unescaped = m[1] === '-';
    const [name = '', ...format] = (m[2] ?? '').split(',').map((s) => s.trim());
    if (!name) continue;
    const id = `{{${unescaped ? '- ' : ''}${name}${format.length > 0 ? `, ${format.join(', ')}` : ''}}}`;
    out.push({ id, raw: m[0], start, end });
    masked.push([start, end]);
  }
  // Tags: pair each close tag with the nearest open tag of the same name.
  const open: Array<{ name: string; start: number; end: number; raw: string }> = [];
  for (const m of text.matchAll(TAG)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!outside(start, end)) continue;
    const name = m[2] ?? '';
    if (m[4] === '/') {
      out.push({ id: `<${name}/>`, raw: m[0], start, end });
    } else if (m[1] === '/') {
      const at = findLastIndex(open, (o) => o.name === name);
      if (at < 0) {
        out.push({ id: `</${name}>`, raw: m[0], start, end });
        continue;
      }
      const o = open[at]!;
      // Unclosed tags inside this pair stand alone.
      for (const lone of open.splice(at)) if (lone !== o) out.push({ id: `<${lone.name}>`, raw: lone.raw, start: lone.start, end: lone.end });
      out.push({ id: `<${name}>…</${name}>`, raw: text.slice(o.start, end), start: o.start, end });
    } else {
      open.push({ name, start, end, raw: m[0] });
    }
  }
  for (const lone of open) out.push({ id: `<${lone.name}>`, raw: lone.raw, start: lone.start, end: lone.end });
  return out.sort((a, b) => a.start - b.start);
}

/** The offset after the `)` that closes the `(` just before `from` (quotes and braces respected), or -1. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? i + 1 : -1;
    }
  }
  return -1;
}

function findLastIndex<T>(list: T[], pred: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return i;
  return -1;
}

// ───────────────────────────── printf ─────────────────────────────

/**
 * `%%`, or `%` [argnum$ | (name)] [flags] [width] [.precision] [length] conversion. The space flag
 * is left out on purpose: "50% of" would otherwise read as the conversion `% o`.
 */
const PRINTF = /%%|%(?:(\d+)\$|\(([^()\s]+)\))?([-+#0]*)(\d+|\*)?(?:\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspnr])/g;

export function printfPlaceholders(text: string): Placeholder[] {
  const found: Array<{ raw: string; start: number; end: number; argnum?: string; name?: string; spec: string }> = [];
  for (const m of text.matchAll(PRINTF)) {
    if (m[0] === '%%') continue;
    const spec = `${m[3] ?? ''}${m[4] ?? ''}${m[5] !== undefined ? `.${m[5]}` : ''}${m[6] ?? ''}${m[7] ?? ''}`;
    found.push({ raw: m[0], start: m.index, end: m.index + m[0].length, spec, ...(m[1] ? { argnum: m[1] } : {}), ...(m[2] ? { name: m[2] } : {}) });
  }
  let position = 0;
  return found.map((p) => {
    let id: string;
    if (p.name !== undefined) id = `%(${p.name})${p.spec}`;
    else id = `%${p.argnum ?? String(++position)}$${p.spec}`;
    return { id, raw: p.raw, start: p.start, end: p.end };
  });
}

// ───────────────────────────── ICU / python-brace ─────────────────────────────

const ARG_NAME = /^\s*([\p{L}\p{N}_.]*)\s*(?:([,:!])|$)/u;

export function bracePlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" && text[i + 1] === '{') {
      // ICU quoting: '{literal}' up to the next apostrophe.
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c === '{' && text[i + 1] === '{') {
      i += 2; // python-brace literal "{{"
      continue;
    }
    if (c !== '{') {
      i++;
      continue;
    }
    const end = closingBrace(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, end - 1);
    const m = ARG_NAME.exec(inner);
    if (m) {
      const top: Placeholder = { id: `{${m[1] ?? ''}}`, raw: text.slice(i, end), start: i, end };
      out.push(top);
      if (m[2] === ',') {
        // plural / select branches are translated text; arguments inside them count once each.
        const seen = new Set<string>([top.id]);
        for (const branch of braceGroups(inner)) {
          for (const p of bracePlaceholders(branch)) {
            if (seen.has(p.id) || p.id === '{}') continue;
            seen.add(p.id);
            out.push({ id: p.id, raw: top.raw, start: i, end });
          }
        }
      }
    }
    i = end;
  }
  return out;
}

/** The contents of the top-level `{…}` groups of `text`. */
function braceGroups(text: string): string[] {
  const groups: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '{') {
      i++;
      continue;
    }
    const end = closingBrace(text, i);
    if (end < 0) break;
    groups.push(text.slice(i + 1, end - 1));
    i = end;
  }
  return groups;
}

/** The offset after the `}` closing the `{` at `at` (nested braces counted), or -1. */
function closingBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
