/**
 * A long piece of a document, shortened for a message: a whole paragraph quoted as a PO entry's
 * msgid would make the message as long as the paragraph. Runs of white space become one space;
 * past `max` characters (code points) the text is cut, at a space when one falls in the last
 * third, and ends with "…". The message's `data` and `actual` keep the whole text.
 */
export const EXCERPT_MAX = 60;

export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  let cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= (cut.length * 2) / 3) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.]+$/u, '')}…`;
}
