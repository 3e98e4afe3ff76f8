import { describe, expect, it } from 'vitest';
import type { SyntaxWord, Upos } from '../syntax/types.js';
import { repairedWords } from './tree-repairs.js';

type Row = [form: string, upos: Upos, head: number, deprel: string, feats?: Record<string, string>];

/** Words of a hand-parsed sentence (offsets do not matter to the repairs). */
function sentence(rows: Row[]): SyntaxWord[] {
  return rows.map(([form, upos, head, deprel, feats = {}], i) => ({
    id: i + 1,
    form,
    lemma: form.toLowerCase(),
    upos,
    feats,
    head,
    deprel,
    start: 0,
    end: 0,
    token: i,
  }));
}

const FIN = { VerbForm: 'Fin', Number: 'Plur', Person: '3' };
const INF = { VerbForm: 'Inf' };

/** "Ministers urged the parties to show restraint", the first infinitive hung on the object. */
const URGED: Row[] = [
  ['Ministers', 'NOUN', 2, 'nsubj', { Number: 'Plur' }],
  ['urged', 'VERB', 0, 'root', FIN],
  ['the', 'DET', 4, 'det'],
  ['parties', 'NOUN', 2, 'obj', { Number: 'Plur' }],
  ['to', 'PART', 6, 'mark'],
  ['show', 'VERB', 4, 'acl', INF],
  ['restraint', 'NOUN', 6, 'obj'],
];

describe('agreement and form repairs', () => {
  it('coordinates a marked infinitive with the infinitive before it, not with the finite verb', () => {
    // "… and to allow aid", misparsed as the conjunct of "urged".
    const words = sentence([
      ...URGED,
      ['and', 'CCONJ', 10, 'cc'],
      ['to', 'PART', 10, 'mark'],
      ['allow', 'VERB', 2, 'conj', INF],
      ['aid', 'NOUN', 10, 'obj'],
    ]);
    expect(repairedWords(words)[9]).toMatchObject({ head: 6, deprel: 'conj' });
  });

  it('leaves an infinitive past another finite clause where it is', () => {
    const words = sentence([
      ...URGED,
      ['that', 'PRON', 9, 'nsubj'],
      ['lasts', 'VERB', 7, 'acl:relcl', { VerbForm: 'Fin', Number: 'Sing' }],
      ['and', 'CCONJ', 12, 'cc'],
      ['to', 'PART', 12, 'mark'],
      ['allow', 'VERB', 2, 'conj', INF],
    ]);
    expect(repairedWords(words)[11]).toMatchObject({ head: 2, deprel: 'conj' });
  });
});

describe('a noun root over its main verb read as a reduced relative', () => {
  // "The minister on Monday urged Japan to act", parsed with the noun as root and "urged" as its acl.
  const rows = (extra: Row[] = []): Row[] => [
    ['The', 'DET', 2, 'det'],
    ['minister', 'NOUN', 0, 'root', { Number: 'Sing' }],
    ['on', 'ADP', 4, 'case'],
    ['Monday', 'PROPN', 2, 'nmod'],
    ['urged', 'VERB', 2, 'acl', { VerbForm: 'Part', Tense: 'Past' }],
    ['Japan', 'PROPN', 5, 'obj'],
    ['to', 'PART', 8, 'mark'],
    ['act', 'VERB', 5, 'xcomp', INF],
    ['.', 'PUNCT', 2, 'punct'],
    ...extra,
  ];

  it('makes the verb the root and the noun its subject', () => {
    const repaired = repairedWords(sentence(rows()));
    expect(repaired[4]).toMatchObject({ head: 0, deprel: 'root' });
    expect(repaired[1]).toMatchObject({ head: 5, deprel: 'nsubj' });
    expect(repaired[8]).toMatchObject({ head: 5, deprel: 'punct' });
  });

  it('leaves a participle with an agent, or one that agrees with its noun, as the noun’s modifier', () => {
    const agent = rows();
    agent[5] = ['Japan', 'PROPN', 5, 'obl:agent'];
    expect(repairedWords(sentence(agent))[4]).toMatchObject({ head: 2, deprel: 'acl' });
    const agreeing = rows();
    agreeing[4] = ['urged', 'VERB', 2, 'acl', { VerbForm: 'Part', Tense: 'Past', Number: 'Sing' }];
    expect(repairedWords(sentence(agreeing))[4]).toMatchObject({ head: 2, deprel: 'acl' });
  });
});
