import { describe, expect, it } from 'vitest';
import { participleOnObject } from './adjunct-repairs.js';
import { parserWords, type WordRow } from './test-support/parser-words.js';

const PRESENT = { VerbForm: 'Part', Tense: 'Pres' };

/** "Le tir a violé « les résolutions de l'ONU » interdisant ces essais", the participle on the verb. */
const rows = (before: WordRow[]): WordRow[] => [
  ['Le', 'DET', 2, 'det'],
  ['tir', 'NOUN', 4, 'nsubj'],
  ['a', 'AUX', 4, 'aux:tense'],
  ['violé', 'VERB', 0, 'root'],
  ['«', 'PUNCT', 7, 'punct'],
  ['les', 'DET', 7, 'det'],
  ['résolutions', 'NOUN', 4, 'obj'],
  ['de', 'ADP', 10, 'case'],
  ["l'", 'DET', 10, 'det'],
  ['ONU', 'PROPN', 7, 'nmod'],
  ...before,
  ['interdisant', 'VERB', 4, 'advcl', PRESENT],
  ['ces', 'DET', 13 + before.length, 'det'],
  ['essais', 'NOUN', 11 + before.length, 'obj'],
];

describe('a present participle right after its verb’s object', () => {
  it('describes the object, a closing quote between them or not', () => {
    for (const between of [[['»', 'PUNCT', 7, 'punct']], []] as WordRow[][]) {
      const words = parserWords(rows(between));
      expect(participleOnObject(words, words[10 + between.length]!)?.form).toBe('résolutions');
    }
  });

  it('stays the clause’s adjunct after a comma or with a mark ("en interdisant")', () => {
    const comma = parserWords(rows([[',', 'PUNCT', 11, 'punct']]));
    expect(participleOnObject(comma, comma[11]!)).toBeNull();
    const marked = parserWords([...rows([['en', 'ADP', 12, 'mark']])]);
    expect(participleOnObject(marked, marked[11]!)).toBeNull();
  });
});
