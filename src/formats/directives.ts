/**
 * Inline suppression comments in Markdown (DESIGN.md §7):
 *
 *   <!-- thuatngu-disable rule-a rule-b -->   (no rules: all rules)
 *   <!-- thuatngu-enable [rules] -->
 *   <!-- thuatngu-ignore-next [rules] -->     (the next block-level node)
 *
 * Rules may be separated by spaces or commas. Accepted as block HTML and as inline HTML.
 */

export interface Directive {
  kind: 'disable' | 'enable' | 'ignore-next';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source offset of the `<!--` that holds the directive. */
  offset: number;
  /** For `ignore-next`: the `[start, end)` source range of the next block it covers. */
  range?: [number, number];
}

const COMMENT = /<!--\s*thuatngu-(disable|enable|ignore-next)(?=[\s,]|-->)([^]*?)-->/g;

/**
 * Directives in one HTML node's `value`, whose first character is at source offset `offset`.
 * Returns an empty list for any other HTML.
 */
export function parseDirectives(html: string, offset: number): Directive[] {
  if (!html.includes('thuatngu-')) return [];
  const out: Directive[] = [];
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(html)) !== null) {
    const kind = m[1] as Directive['kind'];
    const rules = (m[2] ?? '')
      .split(/[\s,]+/u)
      .filter((r) => r.length > 0);
    out.push({ kind, rules, offset: offset + m.index });
  }
  return out;
}

/** True when an HTML value holds only comments and whitespace (a directive carrier). */
export function isCommentOnly(html: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)+$/.test(html);
}

/**
 * Whether a report of `ruleId` at source `offset` is suppressed by `directives` (sorted by offset,
 * as parseMarkdown returns them): the last disable/enable before `offset` that names the rule (or
 * names none) wins; an `ignore-next` whose range contains `offset` and names the rule (or none)
 * suppresses it.
 */
export function isSuppressed(directives: Directive[], ruleId: string, offset: number): boolean {
  let disabled = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(ruleId);
    if (!applies) continue;
    if (d.kind === 'ignore-next') {
      if (d.range && offset >= d.range[0] && offset < d.range[1]) return true;
      continue;
    }
    if (d.offset > offset) continue;
    disabled = d.kind === 'disable';
  }
  return disabled;
}
