import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities-stage.js';

function countryMentions(text: string, language: 'fr' | 'en'): Array<[string, string | null]> {
  return extractEntities(text, language)
    .filter((entity) => entity.type === 'country' || entity.type === 'place')
    .flatMap((entity) =>
      entity.mentions.map((mention): [string, string | null] => [
        text.slice(mention.start, mention.end),
        entity.country,
      ]),
    );
}

describe('French forms of the states', () => {
  it('reads French exonyms of capitals', () => {
    expect(
      countryMentions(
        "Le ministre s'est rendu à Thimphou, à Saint-Domingue, à Port-d'Espagne puis à Djouba.",
        'fr',
      ),
    ).toEqual([
      ['Thimphou', 'BTN'],
      ['Saint-Domingue', 'DOM'],
      ["Port-d'Espagne", 'TTO'],
      ['Djouba', 'SSD'],
    ]);
  });

  it('reads a French capital in subject position as its state', () => {
    const entities = extractEntities('Tananarive a annoncé un accord avec Achkhabad.', 'fr');
    expect(entities.map((entity) => [entity.type, entity.country])).toEqual([
      ['country', 'MDG'],
      ['place', 'TKM'],
    ]);
  });

  it('reads French demonyms in every inflection, and not the wrong forms the packages gave', () => {
    expect(
      countryMentions(
        'Les autorités vanuataises, le Premier ministre tongien, les diplomates kenyans et la délégation antiguaise.',
        'fr',
      ),
    ).toEqual([
      ['vanuataises', 'VUT'],
      ['tongien', 'TON'],
      ['kenyans', 'KEN'],
      ['antiguaise', 'ATG'],
    ]);
    expect(countryMentions('Les élus vanuatuans et les pêcheurs malouins.', 'fr')).toEqual([]);
  });

  it('reads common French short names of states', () => {
    expect(
      countryMentions('La RDC, le Congo-Brazzaville, la Centrafrique et le Bélarus ont voté contre.', 'fr'),
    ).toEqual([
      ['RDC', 'COD'],
      ['Congo-Brazzaville', 'COG'],
      ['Centrafrique', 'CAF'],
      ['Bélarus', 'BLR'],
    ]);
  });

  it('takes "Grenade" as the state only after an article or a preposition', () => {
    expect(countryMentions('Grenade accueille le festival.', 'fr')).toEqual([]);
    expect(countryMentions("L'ambassadeur à la Grenade a été rappelé.", 'fr')).toEqual([['Grenade', 'GRD']]);
  });
});
