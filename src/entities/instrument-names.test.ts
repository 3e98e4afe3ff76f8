import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities-stage.js';

const places = (text: string, language: 'fr' | 'en'): string[] =>
  extractEntities(text, language)
    .filter((entity) => entity.type === 'place')
    .map((entity) => entity.name);

describe('a place in the name of an instrument signed there', () => {
  it('names the instrument, not a place (French: head, link, place)', () => {
    expect(
      places(
        'Le Chili a dénoncé une violation de la Convention de Vienne et du Protocole de Kyoto à Genève.',
        'fr',
      ),
    ).toEqual(['Genève']);
  });

  it('names the instrument, not a place (English: place before the head, or head of place)', () => {
    expect(
      places(
        'Chile said the raid violated the Vienna Convention and the Treaty of Rome, speaking in Geneva.',
        'en',
      ),
    ).toEqual(['Geneva']);
  });
});
