/**
 * Splitting large Markdown documents into pieces that parse like the whole (DESIGN.md §8).
 *
 * remark-parse is superlinear on one big document, so a source larger than `chunkSize` is cut at
 * top-level block boundaries and each piece is parsed on its own (small pieces also keep V8's
 * young generation cheap: see PIECE_SIZE); the caller adds a chunk's start to every offset. A cut
 * is made only at the start of a line that follows one or more blank lines and:
 *
 * - is outside a fenced code block (``` and ~~~; a closing fence is the same character, at least as
 *   long, indented at most three spaces, followed only by whitespace);
 * - is outside an HTML block of CommonMark kinds 1–5 (`<script>`/`<pre>`/`<style>`/`<textarea>`,
 *   comments, processing instructions, declarations, CDATA), which may contain blank lines; kinds 6
 *   and 7 end at a blank line anyway;
 * - is not indented (an indented line continues a list item, a footnote or indented code) and does
 *   not start a list item (so a loose list stays one list);
 * - a blank line always ends a table, so a cut is never between a table's rows;
 * - is after the closing line of front matter at the very start (see frontmatterEnd).
 *
 * Known, accepted difference from parsing the whole: reference-style link and image definitions
 * (`[x]: url`) and footnote definitions only resolve within their own chunk. A reference whose
 * definition is in another chunk stays literal text (`[text][ref]`), which changes only the text of
 * that link, never offsets elsewhere.
 *
 * The line scanner is deliberately conservative; parseMarkdown also checks each parsed chunk and
 * joins it with the next one when its last block is a fence or HTML block left open.
 */

/**
 * Size above which a Markdown source that may hold reference or footnote definitions is parsed in
 * pieces: 256 KiB of UTF-16 units. Definitions resolve only within their piece, so such a source
 * is cut only where it is too large to parse whole at linear cost.
 */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;

/**
 * Piece size for a source with no definitions (no `]:` anywhere), where cutting changes nothing:
 * 8 KiB. micromark holds every event of a piece until the piece is done. With pieces the size of
 * a whole article (tens of KiB) those objects outlive a young-generation collection often enough
 * for V8 to allocate them straight in old space from then on, which made every later collection
 * about 3× dearer (10 MB benchmark folder, 1,000 terms: scavenges 0.6–0.7 s, 0.2 s with 8 KiB
 * pieces; 16 KiB was as good, 32 KiB as bad as whole files).
 */
export const PIECE_SIZE = 8 * 1024;

/**
 * The piece size for `source`: PIECE_SIZE, or DEFAULT_CHUNK_SIZE when it may hold a link
 * reference or footnote definition (a definition's label is always followed at once by `:`).
 */
export function pieceSizeFor(source: string): number {
  return source.includes(']:') ? DEFAULT_CHUNK_SIZE : PIECE_SIZE;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** YAML front matter as micromark-extension-frontmatter reads it: `---` lines, spaces or tabs after. */
const FRONTMATTER_OPEN = /^---[ \t]*(?:\r\n|\r|\n|$)/;
const FRONTMATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))??(?=---[ \t]*(?:\r|\n|$))/;

/**
 * Where the closing `---` line of front matter at the very start begins (0 without front
 * matter): no cut before it. Front matter may hold blank lines, and only the first piece is read
 * for it. A source that opens front matter and never closes it is not cut at all: as a whole,
 * micromark then reads no block quote or list in it (remark-parse with remark-frontmatter does the
 * same), which its pieces would.
 */
function frontmatterEnd(source: string): number {
  if (!FRONTMATTER_OPEN.test(source)) return 0;
  return FRONTMATTER.exec(source)?.[0].length ?? source.length;
}
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HTML_1 = /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_END_1 = /<\/(?:script|pre|style|textarea)>/i;

/**
 * Start offsets of the chunks of `source` (the first is always 0). Each chunk runs to the next
 * start (or the end of the source). Returns `[0]` when the source is not larger than `chunkSize`.
 */
export function splitMarkdown(source: string, chunkSize: number = DEFAULT_CHUNK_SIZE): number[] {
  const starts = [0];
  const length = source.length;
  if (!(length > chunkSize) || !(chunkSize > 0)) return starts;

  let fenceChar = '';
  let fenceLength = 0;
  let htmlEnd: RegExp | string | null = null;
  let afterBlank = false;
  let nextCut = chunkSize;

  let pos = frontmatterEnd(source);
  while (pos < length) {
    // One line: [pos, lineEnd), the break after it, next line at `next`.
    let lineEnd = pos;
    while (lineEnd < length) {
      const c = source.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    let next = lineEnd;
    if (next < length) next += source.charCodeAt(next) === 13 && source.charCodeAt(next + 1) === 10 ? 2 : 1;
    const line = source.slice(pos, lineEnd);

    if (fenceChar !== '') {
      if (isClosingFence(line, fenceChar, fenceLength)) fenceChar = '';
      afterBlank = false;
    } else if (htmlEnd !== null) {
      if (typeof htmlEnd === 'string' ? line.includes(htmlEnd) : htmlEnd.test(line)) htmlEnd = null;
      afterBlank = false;
    } else if (isBlank(line)) {
      afterBlank = true;
    } else {
      const first = line.charCodeAt(0);
      if (
        afterBlank &&
        pos >= nextCut &&
        first !== 32 &&
        first !== 9 &&
        first !== 0xfeff && // the parser would drop a BOM at the start of a chunk
        !LIST_ITEM.test(line)
      ) {
        starts.push(pos);
        nextCut = pos + chunkSize;
      }
      afterBlank = false;
      const fence = FENCE_OPEN.exec(line);
      if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
        fenceChar = fence[1]![0]!;
        fenceLength = fence[1]!.length;
      } else {
        htmlEnd = htmlBlockEnd(line);
      }
    }
    pos = next;
  }
  return starts;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether `line` closes a fence opened with `length` times `char`. */
function isClosingFence(line: string, char: string, length: number): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let n = 0;
  while (line[i + n] === char) n++;
  if (n < length) return false;
  return isBlank(line.slice(i + n));
}

/** For a line that opens an HTML block of kind 1–5, what ends it (unless the line itself does). */
function htmlBlockEnd(line: string): RegExp | string | null {
  const lt = line.indexOf('<');
  if (lt < 0 || lt > 3 || !isBlank(line.slice(0, lt))) return null;
  const rest = line.slice(lt);
  let end: RegExp | string;
  let from: number;
  if (HTML_1.test(line)) {
    end = HTML_END_1;
    from = 1;
  } else if (rest.startsWith('<!--')) {
    end = '-->';
    from = 2;
  } else if (rest.startsWith('<?')) {
    end = '?>';
    from = 2;
  } else if (rest.startsWith('<![CDATA[')) {
    end = ']]>';
    from = 9;
  } else if (/^<![A-Za-z]/.test(rest)) {
    end = '>';
    from = 2;
  } else {
    return null;
  }
  const tail = rest.slice(from);
  const closed = typeof end === 'string' ? tail.includes(end) : end.test(tail);
  return closed ? null : end;
}
