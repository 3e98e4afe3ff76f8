import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';
import { entityLexicon, officeOfTitle } from './lexicon.js';

const surfaces = (text: string, entity: Entity | undefined): string[] =>
  (entity?.mentions ?? []).map((mention) => text.slice(mention.start, mention.end));

describe('offices: role variants of one person', () => {
  it('names one office by every variant of its title, and no office by a neighbouring title', () => {
    const fr = entityLexicon().languages.get('fr')!;
    const en = entityLexicon().languages.get('en')!;
    expect(officeOfTitle(fr, 'Premier ministre thaïlandais')).toBe('head-of-government');
    expect(officeOfTitle(fr, 'cheffe du gouvernement')).toBe('head-of-government');
    expect(officeOfTitle(fr, 'vice-Premier ministre')).toBeNull();
    expect(officeOfTitle(fr, 'chef de la diplomatie')).toBe('foreign-minister');
    expect(officeOfTitle(en, 'PM')).toBe('head-of-government');
    expect(officeOfTitle(en, 'Foreign Secretary')).toBe('foreign-minister');
    expect(officeOfTitle(en, 'Deputy Prime Minister')).toBeNull();
  });

  it('links "le chef du gouvernement" to the Premier ministre named before', () => {
    const text =
      'La Première ministre néo-zélandaise Claire Dubois a reçu jeudi une délégation chilienne. ' +
      'La cheffe du gouvernement a plaidé pour un accord sur la pêche.';
    const dubois = extractEntities(text, 'fr').find((entity) => entity.name === 'Claire Dubois');
    expect(surfaces(text, dubois)).toEqual(['Claire Dubois', 'La cheffe du gouvernement']);
  });

  it('links "the head of government" and "the top diplomat" in English', () => {
    const text =
      'Prime Minister Anna Kowalczyk met Foreign Minister Paul Renard in Warsaw. ' +
      'The head of government said the top diplomat had brought a proposal.';
    const entities = extractEntities(text, 'en');
    const pm = entities.find((entity) => entity.name === 'Anna Kowalczyk');
    const fm = entities.find((entity) => entity.name === 'Paul Renard');
    expect(surfaces(text, pm)).toContain('The head of government');
    expect(surfaces(text, fm)).toContain('the top diplomat');
  });

  it('gives a counterpart the office of the person it mirrors, and its own country', () => {
    const text =
      'Le ministre des Affaires étrangères Lucas Morel a reçu mardi son homologue chilien Tomás Aguirre.';
    const aguirre = extractEntities(text, 'fr').find((entity) => entity.name === 'Tomás Aguirre');
    expect(aguirre?.roles).toEqual([
      expect.objectContaining({ title: 'homologue chilien', country: 'CHL', office: 'foreign-minister' }),
    ]);
    const en = 'Prime Minister Anna Kowalczyk spoke with her Kenyan counterpart David Otieno on Friday.';
    const otieno = extractEntities(en, 'en').find((entity) => entity.name === 'David Otieno');
    expect(otieno?.roles[0]).toMatchObject({ country: 'KEN', office: 'head-of-government' });
  });

  it('leaves a counterpart without office when nobody before it holds one', () => {
    const text = 'Son homologue chilien Tomás Aguirre est arrivé à Paris.';
    const aguirre = extractEntities(text, 'fr').find((entity) => entity.name === 'Tomás Aguirre');
    expect(aguirre?.roles[0]?.office).toBeUndefined();
  });
});
