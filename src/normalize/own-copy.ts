/**
 * `s` as a string that holds its own characters. V8 makes a substring of 13 characters or more a
 * view into the string it was cut from, which then stays alive as long as the substring does: a
 * cache that outlives the text (a per-word cache) must keep copies, not such views. Joining and
 * slicing again yields a string of `s` alone.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
