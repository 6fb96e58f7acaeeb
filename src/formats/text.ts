/**
 * Plain text → one segment per paragraph (DESIGN.md §1).
 *
 * Paragraphs are separated by blank lines (empty or only spaces and tabs); `\r\n`, `\r` and `\n`
 * are line breaks. Inside a paragraph, each line break becomes one space in `text`, mapped to the
 * first character of the line break (so `source[map(i)]` is the `\r` or `\n` there, the one place
 * where text and source differ). A leading BOM is skipped: offsets stay into the string as given.
 * Leading and trailing whitespace of a paragraph is not part of its text.
 */
import { SegmentBuilder } from './locate.js';
import type { ParsedDocument } from './markdown.js';

export function parseText(source: string): ParsedDocument {
  const text = typeof source === 'string' ? source : String(source);
  const segments: ParsedDocument['segments'] = [];
  const length = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let builder: SegmentBuilder | null = null;

  const flush = (): void => {
    if (!builder) return;
    const { text: t, map } = builder.finish();
    if (t.length > 0) segments.push({ text: t, map, kind: 'paragraph' });
    builder = null;
  };

  while (pos < length) {
    let lineEnd = pos;
    let blank = true;
    while (lineEnd < length) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      if (blank && c !== 32 && c !== 9) blank = false;
      lineEnd++;
    }
    if (blank) {
      flush();
    } else {
      builder ??= new SegmentBuilder();
      builder.appendRun(text.slice(pos, lineEnd), pos);
    }
    if (lineEnd >= length) break;
    // The line break: a space in a paragraph's text.
    if (builder && !blank) builder.appendChar(' ', lineEnd);
    pos = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  flush();
  return { segments, directives: [] };
}
