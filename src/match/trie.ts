/**
 * A phrase trie over normalised token keys (DESIGN.md §4): one walk per text position, cost
 * growing with the text, not with the number of terms. An edge may be a `{place}` slot, which
 * consumes one place name from a second trie of province and city names.
 */
export interface TrieNode<T> {
  /** Edges by key; a leaf shares one empty map (most nodes of a big glossary are leaves). */
  next: ReadonlyMap<string, TrieNode<T>>;
  /** Continuation after a `{place}` slot. */
  slot?: TrieNode<T>;
  /** What ends here; inner nodes share one empty (frozen) array. */
  values: T[];
}

const NO_EDGES: ReadonlyMap<string, never> = new Map<string, never>();
const NO_VALUES: never[] = Object.freeze([]) as never[];

export const createNode = <T>(): TrieNode<T> => ({ next: NO_EDGES, values: NO_VALUES });

export function insert<T>(root: TrieNode<T>, keys: readonly string[], value: T, slotKey?: string): void {
  let node = root;
  // Indexed: this runs for every form of a glossary, much of it before V8 optimises it, where each
  // step of a for…of loop allocates an iterator result.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === slotKey) {
      node.slot ??= createNode<T>();
      node = node.slot;
      continue;
    }
    let child = node.next.get(key);
    if (!child) {
      child = createNode<T>();
      if (node.next === NO_EDGES) node.next = new Map();
      (node.next as Map<string, TrieNode<T>>).set(key, child);
    }
    node = child;
  }
  if (node.values === NO_VALUES) node.values = [value];
  else node.values.push(value);
}
