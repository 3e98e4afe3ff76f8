/** A trie over folded token sequences: longest-match lookup in time bounded by the longest entry. */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };

  /** Add one entry under a sequence of folded tokens. */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map(), values: [] };
        node.children.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Every entry matching keys[from…]: ends (exclusive token index) with their values, longest first. */
  matchesAt(keys: readonly string[], from: number): Array<{ end: number; values: T[] }> {
    if (!this.root.children.has(keys[from] ?? '')) return [];
    const found: Array<{ end: number; values: T[] }> = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let index = from; index < keys.length && node; index += 1) {
      node = node.children.get(keys[index] ?? '');
      if (node && node.values.length > 0) found.push({ end: index + 1, values: node.values });
    }
    return found.reverse();
  }

  /** End (exclusive token index) of the longest entry matching keys[from…], or -1; allocates nothing. */
  longestEnd(keys: readonly string[], from: number): number {
    let end = -1;
    let node: TrieNode<T> | undefined = this.root;
    for (let index = from; index < keys.length; index += 1) {
      node = node.children.get(keys[index] ?? '');
      if (!node) break;
      if (node.values.length > 0) end = index + 1;
    }
    return end;
  }
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}
