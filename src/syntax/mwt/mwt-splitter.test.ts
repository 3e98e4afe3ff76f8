import { describe, expect, it } from 'vitest';
import { Random } from '../train/random.js';
import { MwtSplitter } from './mwt-splitter.js';
import { trainMwt, type TokenSentence } from './train-mwt.js';

function sentence(text: string): TokenSentence {
  // "du=de+le" marks a contraction and its words
  const tokens: string[] = [];
  const words: string[][] = [];
  for (const item of text.split(' ')) {
    const [token, parts] = item.split('=');
    tokens.push(token!);
    words.push(parts ? parts.split('+') : [token!]);
  }
  return { tokens, words };
}

describe('multiword tokens', () => {
  const training = [
    'le ministre du=de+le commerce',
    'la visite du=de+le président',
    'au=à+le sommet',
    'des=de+les ministres des=de+les affaires',
    'il a signé des accords',
    'ils ont reçu des délégations',
    'la réunion des=de+les chefs',
    'ont conclu des contrats',
    ...Array.from({ length: 10 }, (_, i) => `host${i}'s=host${i}+'s car`),
  ].map(sentence);
  const trained = trainMwt(training, { epochs: 10, random: new Random(1) });
  const splitter = new MwtSplitter(trained.meta, trained.weights);

  it('always splits unambiguous contractions, keeping the case', () => {
    expect(splitter.split(['Au', 'sommet'])[0]!.map((piece) => piece.form)).toEqual(['À', 'le']);
  });

  it('learns clitic suffixes and splits them off unseen tokens with exact spans', () => {
    expect(trained.meta.clitics).toEqual(["'s"]);
    expect(splitter.split(["Obama's", 'car'])[0]).toEqual([
      { form: 'Obama', start: 0, end: 5 },
      { form: "'s", start: 5, end: 7 },
    ]);
  });

  it('decides ambiguous contractions from the context', () => {
    expect(trained.meta.table['des']?.ambiguous).toBe(true);
    expect(splitter.split(['la', 'réunion', 'des', 'ministres'])[2]!.length).toBe(2);
    expect(splitter.split(['il', 'a', 'signé', 'des', 'accords'])[3]!.length).toBe(1);
  });
});
