import { describe, expect, it } from 'vitest';
import { tokenizeForEvents } from './event-tokens.js';
import { splitSentences } from './sentences.js';

function sentences(text: string, abbreviations: string[] = ['M', 'Mme', 'Dr']): string[] {
  const tokens = tokenizeForEvents(text);
  return splitSentences(tokens, new Set(abbreviations)).map((s) =>
    text.slice(tokens[s.first]!.start, tokens[s.end - 1]!.end),
  );
}

describe('splitSentences', () => {
  it('does not split after titles, abbreviations and initials', () => {
    expect(sentences('M. Minh a reçu Mme Lan. Le Dr. Hoa était là.')).toEqual([
      'M. Minh a reçu Mme Lan.',
      'Le Dr. Hoa était là.',
    ]);
    expect(sentences('The U.S. Navy sailed. China protested.', [])).toEqual([
      'The U.S. Navy sailed.',
      'China protested.',
    ]);
  });

  it('splits glued sentences and at line breaks', () => {
    expect(sentences('Il est arrivé le 7 mai.Le lendemain il est reparti')).toEqual([
      'Il est arrivé le 7 mai.',
      'Le lendemain il est reparti',
    ]);
    expect(sentences('Titre sans point\nPremier paragraphe.')).toEqual([
      'Titre sans point',
      'Premier paragraphe.',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split before lower case', () => {
    expect(sentences('Il a dit « non. » Puis il est parti.')).toEqual([
      'Il a dit « non. »',
      'Puis il est parti.',
    ]);
    expect(sentences('Le prix est de 3.5 dollars. Fin.')).toEqual(['Le prix est de 3.5 dollars.', 'Fin.']);
  });
});
