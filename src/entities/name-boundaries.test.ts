import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';

const names = (entities: Entity[], type: Entity['type']): string[] =>
  entities.filter((entity) => entity.type === type).map((entity) => entity.name);

describe('where an English body name ends and its holder’s name begins', () => {
  it('stops the body before a common given name with a capitalised word after it', () => {
    const entities = extractEntities(
      'Tran Van Nam met Director General of the Egyptian Ministry of Foreign Affairs Ahmed Farouk.',
      'en',
    );
    expect(names(entities, 'organization')).toEqual(['Egyptian Ministry of Foreign Affairs']);
    expect(names(entities, 'person')).toContain('Ahmed Farouk');
  });

  it('reads a one-word place after a common given name as the surname', () => {
    const entities = extractEntities('Ambassador George Lyon arrived in Paris on Monday.', 'en');
    expect(names(entities, 'person')).toEqual(['George Lyon']);
    expect(names(entities, 'place')).toEqual(['Paris']);
  });
});

describe('a state name that is also a given name or a river', () => {
  const text =
    'The Jordanian Foreign Ministry received the Vietnamese ambassador. Vietnam thanked Jordan for its help.';

  /** The surfaces of the mentions of the entity a state code names. */
  const stateSurfaces = (source: string, code: string): string[] =>
    (
      extractEntities(source, 'en').find((entity) => entity.type === 'country' && entity.country === code)
        ?.mentions ?? []
    ).map((mention) => source.slice(mention.start, mention.end));

  it('names the state where the text names that state plainly elsewhere', () => {
    expect(stateSurfaces(text, 'JOR')).toEqual(['Jordanian', 'Jordan']);
  });

  it('stays out where the text never names the state, and inside a person’s name', () => {
    expect(names(extractEntities('Vietnam thanked Jordan for the help.', 'en'), 'country')).toEqual([
      'Vietnam',
    ]);
    expect(stateSurfaces('The Jordanian team won. Coach Michael Jordan praised the players.', 'JOR')).toEqual(
      ['Jordanian'],
    );
  });
});

describe('a title after a name and a comma', () => {
  it('is the next clause’s subject when it runs on into its verb with no closing comma', () => {
    const text =
      "Lors de l'entretien avec Pedro Morales, le chef de la diplomatie vietnamienne a remercié le Chili.";
    const pedro = extractEntities(text, 'fr').find((entity) => entity.name === 'Pedro Morales');
    expect(pedro?.roles ?? []).toEqual([]);
  });

  it('stays an apposition when a comma closes it', () => {
    const text = 'Pedro Morales, le chef de la diplomatie chilienne, a remercié le Vietnam.';
    const pedro = extractEntities(text, 'fr').find((entity) => entity.name === 'Pedro Morales');
    expect(pedro?.country).toBe('CHL');
  });
});

describe('a title between two names', () => {
  it('is the later name’s when commas set that name off, and that name may open on a common word', () => {
    const text =
      'Dans une déclaration publiée avec Ana Silva, le ministre portugais du Commerce, Don Vasconcelos, a affirmé que le Portugal était prêt.';
    const entities = extractEntities(text, 'fr');
    const pereira = entities.find((entity) => entity.name === 'Don Vasconcelos');
    expect(pereira?.country).toBe('PRT');
    expect(entities.find((entity) => entity.name === 'Ana Silva')?.roles ?? []).toEqual([]);
  });

  it('stays the earlier name’s when the later name opens the next clause', () => {
    const text =
      'Reçu par Ana Silva, ministre portugaise du Commerce, Nguyen Van Nam lui a transmis les salutations du président.';
    const silva = extractEntities(text, 'fr').find((entity) => entity.name === 'Ana Silva');
    expect(silva?.country).toBe('PRT');
  });
});
