import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities-stage.js';

/** The state codes and surfaces of a text's country mentions, in text order. */
function countryMentions(text: string, language: 'fr' | 'en'): string[] {
  return extractEntities(text, language)
    .filter((entity) => entity.type === 'country')
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, code: entity.country })))
    .sort((a, b) => a.mention.start - b.mention.start)
    .map(({ mention, code }) => `${code}:${text.slice(mention.start, mention.end)}`);
}

describe('"his country", "son pays"', () => {
  it('names the state of the latest person of the sentence whose state is known', () => {
    expect(
      countryMentions('Chilean Foreign Minister Ana Rojas said her country was ready to help.', 'en'),
    ).toEqual(['CHL:Chilean', 'CHL:her country']);
    expect(
      countryMentions("Le ministre péruvien Luis Soto a déclaré que son pays soutenait l'initiative.", 'fr'),
    ).toEqual(['PER:péruvien', 'PER:son pays']);
  });

  it('names no one when no person of the sentence has a known state', () => {
    expect(countryMentions('The minister said his country was ready to help Chile.', 'en')).toEqual([
      'CHL:Chile',
    ]);
  });
});

describe('"Its Foreign Ministry"', () => {
  it('serves the state the text named last before it', () => {
    const entities = extractEntities(
      'Peru abstained in the vote. Its Foreign Ministry called for dialogue between the two sides.',
      'en',
    );
    expect(entities.find((entity) => entity.name === 'Foreign Ministry')?.country).toBe('PER');
  });
});
