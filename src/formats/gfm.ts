/**
 * GitHub-flavoured Markdown, chosen per piece of text. remark-gfm always runs all its extensions,
 * and two of them cost a lot on every document: autolink literals (bare `www.` / `https://` /
 * e-mail addresses) about as much as the rest of parsing, tables a third of that. They change the
 * tree only where their syntax appears, so a cheap look at the text decides whether to load them;
 * footnotes, strikethrough and task lists are cheap and always on. When in doubt, the extension is
 * used: the result is then exactly what remark-gfm gives.
 */
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';

export interface GfmFeatures {
  table: boolean;
  autolink: boolean;
}

/** A delimiter row with a pipe: `| --- |`, `--- | :-:`, `|---`. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m;
const TABLE_DELIMITER_END = /\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/m;
/** Something an autolink literal could start with: `www.`, a scheme, or an `@` between word characters. */
const AUTOLINK = /www\.|https?:\/\/|mailto:|xmpp:|[\w.+-]@[\w-]/i;
/**
 * A whole inline link `[text](destination)`: its destination is not text, so it needs no
 * autolinking. No bracket inside the text: in `[www.x.vn [t](u)` only `[t](u)` is a link.
 */
const INLINE_LINK = /\[[^\][\n]*\]\([^\s()<>]*\)/g;

export function detectGfm(text: string): GfmFeatures {
  const autolink = AUTOLINK.test(text) && AUTOLINK.test(text.replace(INLINE_LINK, '[]'));
  return { table: TABLE_DELIMITER.test(text) || TABLE_DELIMITER_END.test(text), autolink };
}

/** A unified plugin adding the GFM extensions that `features` asks for. */
export function gfmPlugin(this: Processor, features: GfmFeatures): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  micromark.push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
  if (features.table) {
    micromark.push(gfmTable());
    fromMarkdown.push(gfmTableFromMarkdown());
  }
  if (features.autolink) {
    micromark.push(gfmAutolinkLiteral());
    fromMarkdown.push(gfmAutolinkLiteralFromMarkdown());
  }
}
