/**
 * GitHub-flavoured Markdown, chosen per piece of text. remark-gfm always runs all its extensions,
 * and two of them cost a lot on every document: autolink literals (bare `www.` / `https://` /
 * e-mail addresses) about as much as the rest of parsing, tables a third of that. They change the
 * tree only where their syntax appears, so a cheap look at the text decides whether to load them;
 * footnotes, strikethrough and task lists are cheap and always on. When in doubt, the extension is
 * used: the result is then exactly what remark-gfm gives.
 */
export interface GfmFeatures {
  table: boolean;
  autolink: boolean;
}

/** A delimiter row with a pipe: `| --- |`, `--- | :-:`, `|---`. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m;
const TABLE_DELIMITER_END = /\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m;
/**
 * Something an autolink literal could start with: `www.` or a scheme, or an `@` between word
 * characters (two expressions: the second, tried at every position, only where there is an `@`).
 */
const WWW_OR_SCHEME = /www\.|https?:\/\/|mailto:|xmpp:/i;
const EMAIL_AT = /[\w.+-]@[\w-]/;
/**
 * A whole inline link `[text](destination)`: its destination is not text, so it needs no
 * autolinking. No bracket inside the text: in `[www.x.vn [t](u)` only `[t](u)` is a link. No
 * backslash before or inside it: `\[https://a.vn](https://a.vn)` is no link, and its URLs are
 * autolinked.
 */
const INLINE_LINK = /(?<!\\)\[[^\][\n\\]*\]\([^\s()<>\\]*\)/g;

export function detectGfm(text: string): GfmFeatures {
  const autolink = autolinkStart(text) && autolinkStart(text.replace(INLINE_LINK, '[]'));
  // A delimiter row has a pipe; most texts have none, and a string search is cheaper than the
  // expressions, which try every line.
  const table = text.includes('|') && (TABLE_DELIMITER.test(text) || TABLE_DELIMITER_END.test(text));
  return { table, autolink };
}

function autolinkStart(text: string): boolean {
  return WWW_OR_SCHEME.test(text) || (text.includes('@') && EMAIL_AT.test(text));
}
