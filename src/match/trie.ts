/**
 * A phrase trie over normalised token keys (DESIGN.md §4): one walk per text position, cost
 * growing with the text, not with the number of terms. An edge may be a `{place}` slot, which
 * consumes one place name from a second trie of province and city names.
 */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Continuation after a `{place}` slot. */
  slot?: TrieNode<T>;
  values: T[];
}

export const createNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

export function insert<T>(root: TrieNode<T>, keys: readonly string[], value: T, slotKey?: string): void {
  let node = root;
  for (const key of keys) {
    if (key === slotKey) {
      node.slot ??= createNode<T>();
      node = node.slot;
      continue;
    }
    let child = node.next.get(key);
    if (!child) {
      child = createNode<T>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.values.push(value);
}
