import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const ABBREVIATIONS = new Set(['M']);

describe('tokenize', () => {
  it('splits elisions and hyphens, folds accents and keeps offsets', () => {
    const text = 'L’ambassadeur des États-Unis';
    const tokens = tokenize(text, ABBREVIATIONS);
    expect(tokens.map((token) => token.fold)).toEqual(['l', "'", 'ambassadeur', 'des', 'etats', '-', 'unis']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.raw);
  });

  it('keeps "à" apart from the verb "a"', () => {
    expect(tokenize('a à', ABBREVIATIONS).map((token) => token.fold)).toEqual(['a', 'à']);
  });

  it('marks sentence starts after a full stop or a line break, not after an abbreviation', () => {
    const tokens = tokenize('Il part. M. Minh reste\nEnsuite', ABBREVIATIONS);
    const starts = tokens.filter((token) => token.sentenceStart).map((token) => token.raw);
    expect(starts).toEqual(['Il', 'M', 'Ensuite']);
  });

  it('joins OCR line-end hyphenation and splits glued words', () => {
    const tokens = tokenize('Constan¬\ntinople et laChambre', ABBREVIATIONS);
    expect(tokens.map((token) => token.fold)).toEqual(['constantinople', 'et', 'la', 'chambre']);
    expect(tokens[3]).toMatchObject({ raw: 'Chambre', capitalised: true, spaceBefore: false });
  });

  it('flags capitals and acronyms', () => {
    const [rdif, moscou] = tokenize('RDIF Moscou', ABBREVIATIONS);
    expect(rdif).toMatchObject({ allCaps: true, capitalised: true });
    expect(moscou).toMatchObject({ allCaps: false, capitalised: true });
  });

  it('ends no sentence at a dot glued to the words on both sides ("12.4", "gov.pe")', () => {
    const tokens = tokenize('Peru raised it by 12.4 percent, says gov.pe. Chile agreed.', ABBREVIATIONS);
    expect(tokens.filter((token) => token.sentenceStart).map((token) => token.raw)).toEqual([
      'Peru',
      'Chile',
    ]);
  });
});
