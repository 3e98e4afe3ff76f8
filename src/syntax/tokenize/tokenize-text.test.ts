import { describe, expect, it } from 'vitest';
import type { SyntaxLanguage } from '../types.js';
import { tokenizeText } from './tokenize-text.js';

function sentences(text: string, language: SyntaxLanguage): string[][] {
  return tokenizeText(text, language).map((sentence) => sentence.tokens.map((token) => token.text));
}

function tokens(text: string, language: SyntaxLanguage): string[] {
  return sentences(text, language).flat();
}

describe('tokenizeText (French, UD GSD/Sequoia conventions)', () => {
  it('cuts elisions off with their apostrophe, straight or curly', () => {
    expect(tokens("L'avion s'est posé jusqu'à l’aéroport qu'il connaît", 'fr')).toEqual([
      "L'",
      'avion',
      "s'",
      'est',
      'posé',
      "jusqu'",
      'à',
      'l’',
      'aéroport',
      "qu'",
      'il',
      'connaît',
    ]);
    expect(tokens("Lorsqu'on l'a vu, c'était aujourd'hui", 'fr')).toEqual([
      "Lorsqu'",
      'on',
      "l'",
      'a',
      'vu',
      ',',
      "c'",
      'était',
      "aujourd'hui",
    ]);
  });

  it('keeps contractions and compounds whole', () => {
    expect(tokens('au sommet du G20 aux États-Unis, des porte-parole', 'fr')).toEqual([
      'au',
      'sommet',
      'du',
      'G20',
      'aux',
      'États-Unis',
      ',',
      'des',
      'porte-parole',
    ]);
  });

  it('cuts inverted subject clitics and imperative pronouns with their hyphen', () => {
    expect(tokens('Que fera-t-il ? Peut-on le dire, demande-t-elle', 'fr')).toEqual([
      'Que',
      'fera',
      '-t-il',
      '?',
      'Peut',
      '-on',
      'le',
      'dire',
      ',',
      'demande',
      '-t-elle',
    ]);
    expect(tokens("Qu'est-ce que c'est-à-dire ? Donnez-le-moi", 'fr')).toEqual([
      "Qu'",
      'est',
      '-ce',
      'que',
      "c'est-à-dire",
      '?',
      'Donnez',
      '-le',
      '-moi',
    ]);
  });

  it('keeps French numbers whole: decimals, thousands with spaces or dots', () => {
    expect(tokens('Une hausse de 3,5 % pour 500 000 habitants et 1.200 soldats', 'fr')).toEqual([
      'Une',
      'hausse',
      'de',
      '3,5',
      '%',
      'pour',
      '500 000',
      'habitants',
      'et',
      '1.200',
      'soldats',
    ]);
  });

  it('does not end a sentence after titles, initials or a decimal point', () => {
    expect(
      sentences('M. Dupont a reçu Mme Martin et J. K. Durand. Le taux est de 2.5 points.', 'fr'),
    ).toEqual([
      ['M.', 'Dupont', 'a', 'reçu', 'Mme', 'Martin', 'et', 'J.', 'K.', 'Durand', '.'],
      ['Le', 'taux', 'est', 'de', '2.5', 'points', '.'],
    ]);
  });

  it('keeps closing guillemets with their sentence and does not split before a lower-case word', () => {
    expect(
      sentences('Il a dit : « Nous viendrons. » Puis il est parti. « Où ? » demande-t-il.', 'fr'),
    ).toEqual([
      ['Il', 'a', 'dit', ':', '«', 'Nous', 'viendrons', '.', '»'],
      ['Puis', 'il', 'est', 'parti', '.'],
      ['«', 'Où', '?', '»', 'demande', '-t-il', '.'],
    ]);
  });

  it('ends a sentence at a line break and cuts the dot off a final "etc."', () => {
    expect(sentences('Titre sans point\nLes pays, les villes, etc. Ensuite…', 'fr')).toEqual([
      ['Titre', 'sans', 'point'],
      ['Les', 'pays', ',', 'les', 'villes', ',', 'etc', '.'],
      ['Ensuite', '…'],
    ]);
    expect(tokens('les villes, etc. et les pays', 'fr')).toEqual([
      'les',
      'villes',
      ',',
      'etc.',
      'et',
      'les',
      'pays',
    ]);
  });
});

describe('tokenizeText (English, UD EWT conventions)', () => {
  it('keeps contractions and possessives as one surface token, as EWT multiword tokens', () => {
    expect(tokens("I don't think they can't see China's and the kids' point", 'en')).toEqual([
      'I',
      "don't",
      'think',
      'they',
      "can't",
      'see',
      "China's",
      'and',
      'the',
      "kids'",
      'point',
    ]);
  });

  it('keeps abbreviations, acronyms, URLs, e-mail addresses and emoticons whole', () => {
    expect(
      tokens(
        'Mr. Smith of the U.S. Navy wrote to jane.doe@example.org (see https://example.org/a?b=1) :)',
        'en',
      ),
    ).toEqual([
      'Mr.',
      'Smith',
      'of',
      'the',
      'U.S.',
      'Navy',
      'wrote',
      'to',
      'jane.doe@example.org',
      '(',
      'see',
      'https://example.org/a?b=1',
      ')',
      ':)',
    ]);
  });

  it('ends a sentence after an acronym only before a clear opener, and gives it the dot', () => {
    expect(sentences('He flew to the U.S. The talks began. Dr. Lee spoke for the U.S. Navy.', 'en')).toEqual([
      ['He', 'flew', 'to', 'the', 'U.S', '.'],
      ['The', 'talks', 'began', '.'],
      ['Dr.', 'Lee', 'spoke', 'for', 'the', 'U.S.', 'Navy', '.'],
    ]);
  });

  it('keeps numbers with commas and hyphenated words whole, and emoji as tokens', () => {
    expect(tokens('About 1,500 well-known e-mail users 👍🏽 cheered 🇫🇷!', 'en')).toEqual([
      'About',
      '1,500',
      'well-known',
      'e-mail',
      'users',
      '👍🏽',
      'cheered',
      '🇫🇷',
      '!',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(sentences('"We agree." They signed (finally.) Then "why?" he asked.', 'en')).toEqual([
      ['"', 'We', 'agree', '.', '"'],
      ['They', 'signed', '(', 'finally', '.', ')'],
      ['Then', '"', 'why', '?', '"', 'he', 'asked', '.'],
    ]);
  });
});

describe('tokenizeText offsets', () => {
  it('gives UTF-16 offsets whose slices are the token texts, shifted by the offset option', () => {
    const text = "Le 👍🏽 l'été\n\nمرحبا بالعالم. Zoë’s café — 3,5 %.";
    for (const language of ['fr', 'en'] as const) {
      const result = tokenizeText(text, language, { offset: 7 });
      for (const sentence of result) {
        expect(text.slice(sentence.start - 7, sentence.end - 7).startsWith(sentence.tokens[0]!.text)).toBe(
          true,
        );
        for (const token of sentence.tokens)
          expect(text.slice(token.start - 7, token.end - 7)).toBe(token.text);
      }
    }
  });
});
