import { describe, expect, it } from 'vitest';
import { fixtureRecord } from './fixture-record.js';
import { nameTagHints } from './name-tag-hints.js';

describe('tag hints from the names the entity stage found', () => {
  it('makes the capitalised words of names proper nouns and a lower-case demonym an adjective', () => {
    const text =
      "La porte-parole Pham Thu Hang a évoqué l'arrestation de pêcheurs vietnamiens en Corée du Sud.";
    const record = fixtureRecord(text, 'fr', [
      { type: 'person', name: 'Pham Thu Hang', country: 'VNM' },
      { type: 'country', name: 'Corée du Sud', country: 'KOR' },
    ]);
    const demonym = text.indexOf('vietnamiens');
    record.entities.push({
      ...record.entities[1]!,
      id: 'e9',
      name: 'Vietnam',
      country: 'VNM',
      mentions: [{ start: demonym, end: demonym + 11, ruleId: 'fr.country.demonym' }],
    });
    const hinted = nameTagHints(record).map((hint) => `${text.slice(hint.start, hint.end)}/${hint.upos}`);
    expect(hinted).toEqual([
      'Pham/PROPN',
      'Thu/PROPN',
      'Hang/PROPN',
      'Corée/PROPN',
      'Sud/PROPN',
      'vietnamiens/ADJ',
    ]);
  });

  it('gives no hint for a title phrase that stands for a person ("the Lao leader")', () => {
    const text = 'The Lao leader thanked Vietnam.';
    const record = fixtureRecord(text, 'en', [
      { type: 'person', name: 'Sonexay Siphandone', country: 'LAO' },
    ]);
    record.entities[0]!.mentions = [{ start: 0, end: 14, ruleId: 'en.person.title-anaphor' }];
    expect(nameTagHints(record)).toEqual([]);
  });

  it('reads an English demonym before a noun and a title before a name as the treebank tags them', () => {
    const text = 'Singaporean Prime Minister Lawrence Wong thanked the Singaporeans.';
    const record = fixtureRecord(text, 'en', [{ type: 'person', name: 'Lawrence Wong', country: 'SGP' }]);
    record.entities[0]!.roles = [
      {
        title: 'Singaporean Prime Minister',
        country: 'SGP',
        start: 0,
        end: 26,
        ruleId: 'en.role.title-name',
      },
    ];
    record.entities.push({
      ...record.entities[0]!,
      id: 'e9',
      type: 'country',
      name: 'Singapore',
      roles: [],
      mentions: [
        { start: 0, end: 11, ruleId: 'en.country.demonym' },
        { start: text.indexOf('Singaporeans'), end: text.length - 1, ruleId: 'en.country.demonym' },
      ],
    });
    const hinted = nameTagHints(record).map((hint) => `${text.slice(hint.start, hint.end)}/${hint.upos}`);
    expect(hinted).toEqual([
      'Lawrence/PROPN',
      'Wong/PROPN',
      'Singaporean/ADJ',
      'Singaporean/PROPN',
      'Prime/PROPN',
      'Minister/PROPN',
    ]);
  });
});
