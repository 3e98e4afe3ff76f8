import { describe, expect, it } from 'vitest';
import { TokenTrie } from './token-trie.js';

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add(['ministre'], 'short');
  trie.add(['ministre', 'des', 'affaires', 'etrangeres'], 'long');
  const keys = ['le', 'ministre', 'des', 'affaires', 'etrangeres', 'a'];

  it('lists matches longest first', () => {
    expect(trie.matchesAt(keys, 1)).toEqual([
      { end: 5, values: ['long'] },
      { end: 2, values: ['short'] },
    ]);
    expect(trie.matchesAt(keys, 0)).toEqual([]);
  });

  it('gives the longest end without values', () => {
    expect(trie.longestEnd(keys, 1)).toBe(5);
    expect(trie.longestEnd(['ministre', 'des'], 0)).toBe(1);
    expect(trie.longestEnd(keys, 5)).toBe(-1);
  });
});
