import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { comparable, scoreItem } from './ner-persons.js';

function entity(type: Entity['type'], name: string, country: string | null, titles: string[] = []): Entity {
  const roles = titles.map((title) => ({ title, country, start: 0, end: 0, ruleId: 'fr.role.apposition' }));
  return {
    id: 'e',
    type,
    name,
    country,
    org: null,
    sector: null,
    roles,
    kb: null,
    acronym: null,
    mentions: [],
  };
}

describe('agency-news scoring', () => {
  it('compares names without accents, case or typographic apostrophes', () => {
    expect(comparable('Lê Thị  Thu Hằng’s')).toBe("le thi thu hang's");
  });

  it('scores persons, their countries and roles, organisations and the country set', () => {
    const item = {
      id: 'x',
      lang: 'fr',
      published_month: null,
      text: '',
      persons: [
        { name: 'Sergueï Lavrov', country: 'RUS', role_contains: 'chef de la diplomatie' },
        { name: 'Pham Binh Minh', country: 'VNM' },
      ],
      organizations: ['ASEAN'],
      countries: ['VNM', 'RUS'],
    };
    const score = scoreItem(item, [
      entity('person', 'Sergueï Lavrov', 'RUS', ['chef de la diplomatie russe']),
      entity('person', 'Igor Morgulov', 'RUS'),
      entity('organization', 'ASEAN', 'IGO'),
      entity('country', 'Russie', 'RUS'),
    ]);
    expect(score.persons).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.personCountry).toEqual({ correct: 1, total: 1 });
    expect(score.role).toEqual({ hit: 1, total: 1 });
    expect(score.organisations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.countries).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.missedPersons).toEqual(['Pham Binh Minh']);
  });
});
