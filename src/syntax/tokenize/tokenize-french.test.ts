import { describe, expect, it } from 'vitest';
import { sentenceTexts as sentences, tokenTexts as tokens } from './test-support/token-texts.js';

describe('tokenizeText (French, UD GSD/Sequoia conventions)', () => {
  it('cuts elisions off with their apostrophe, straight or curly', () => {
    expect(tokens("L'avion s'est posé jusqu'à l’aéroport qu'il connaît", 'fr')).toBe(
      "L' | avion | s' | est | posé | jusqu' | à | l’ | aéroport | qu' | il | connaît",
    );
    expect(tokens("Lorsqu'on l'a vu, c'était aujourd'hui", 'fr')).toBe(
      "Lorsqu' | on | l' | a | vu | , | c' | était | aujourd'hui",
    );
  });

  it('keeps contractions and compounds whole', () => {
    expect(tokens('au sommet du G20 aux États-Unis, des porte-parole', 'fr')).toBe(
      'au | sommet | du | G20 | aux | États-Unis | , | des | porte-parole',
    );
  });

  it('cuts inverted subject clitics and imperative pronouns with their hyphen', () => {
    expect(tokens('Que fera-t-il ? Peut-on le dire, demande-t-elle', 'fr')).toBe(
      'Que | fera | -t-il | ? | Peut | -on | le | dire | , | demande | -t-elle',
    );
    expect(tokens("Qu'est-ce que c'est-à-dire ? Donnez-le-moi", 'fr')).toBe(
      "Qu' | est | -ce | que | c'est-à-dire | ? | Donnez | -le | -moi",
    );
  });

  it('keeps French numbers whole: decimals, thousands with spaces or dots', () => {
    expect(tokens('Une hausse de 3,5 % pour 500 000 habitants et 1.200 soldats', 'fr')).toBe(
      'Une | hausse | de | 3,5 | % | pour | 500 000 | habitants | et | 1.200 | soldats',
    );
  });

  it('does not end a sentence after titles, initials or a decimal point', () => {
    expect(
      sentences('M. Dupont a reçu Mme Martin et J. K. Durand. Le taux est de 2.5 points.', 'fr'),
    ).toEqual([
      'M. | Dupont | a | reçu | Mme | Martin | et | J. | K. | Durand | .',
      'Le | taux | est | de | 2.5 | points | .',
    ]);
  });

  it('keeps closing guillemets with their sentence and does not split before a lower-case word', () => {
    expect(
      sentences('Il a dit : « Nous viendrons. » Puis il est parti. « Où ? » demande-t-il.', 'fr'),
    ).toEqual([
      'Il | a | dit | : | « | Nous | viendrons | . | »',
      'Puis | il | est | parti | .',
      '« | Où | ? | » | demande | -t-il | .',
    ]);
  });

  it('ends a sentence at a line break and cuts the dot off a final "etc."', () => {
    expect(sentences('Titre sans point\nLes pays, les villes, etc. Ensuite…', 'fr')).toEqual([
      'Titre | sans | point',
      'Les | pays | , | les | villes | , | etc | .',
      'Ensuite | …',
    ]);
    expect(tokens('les villes, etc. et les pays', 'fr')).toBe('les | villes | , | etc. | et | les | pays');
  });

  it('cuts numbers off their units, keeps signs, degrees and "n°"', () => {
    expect(tokens('À 20h30, 160km plus loin, de -1 à +2,5 °C, le n° 7', 'fr')).toBe(
      'À | 20 | h | 30 | , | 160 | km | plus | loin | , | de | -1 | à | +2,5 | °C | , | le | n° | 7',
    );
  });

  it('keeps the apostrophe of an elided word before a sign ("l\'« accord »")', () => {
    expect(tokens("l'« accord »", 'fr')).toBe("l' | « | accord | »");
  });
});
