import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name);
}

function persons(entities: Entity[]): Array<[string, string | null]> {
  return entities.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.country]);
}

describe('a state named by an anaphor ("the country\'s", "du pays")', () => {
  it('gives an organisation the state last named', () => {
    const english = extractEntities(
      'Norway praised the accord. The country’s Foreign Ministry will send a team to Laos.',
      'en',
    );
    expect(byName(english, 'Foreign Ministry')).toMatchObject({ type: 'organization', country: 'NOR' });
    const french = extractEntities(
      "La Norvège a salué l'accord. Le ministère de la Défense du pays enverra une équipe au Laos.",
      'fr',
    );
    expect(byName(french, 'ministère de la Défense du pays')).toMatchObject({ country: 'NOR' });
  });

  it('gives a title the state last named, with the rule in its id', () => {
    const entities = extractEntities(
      'Chile and Peru met in Lima. Peru hosted the talks, and the nation’s Foreign Minister Ana Torres opened them.',
      'en',
    );
    const torres = byName(entities, 'Ana Torres');
    expect(torres?.country).toBe('PER');
    expect(torres?.roles[0]?.ruleId).toBe('en.role.title-name.country-from-anaphor');
  });

  it('takes the state its sentence opens on before a later one', () => {
    const entities = extractEntities(
      'Peru banned fish imported from Chile, following advice from the country’s Directorate General of Fisheries.',
      'en',
    );
    expect(byName(entities, 'Directorate General of Fisheries')?.country).toBe('PER');
  });

  it('gives nothing when no state was named before', () => {
    const entities = extractEntities('The country’s Foreign Ministry will send a team to Laos.', 'en');
    expect(byName(entities, 'Foreign Ministry')?.country).toBeNull();
  });
});

describe('an organisation head that holds a title word', () => {
  it('reads "Directorate General of …" as an organisation, not a title and a name', () => {
    const entities = extractEntities(
      "Brazil's Directorate General of Mining Safety closed two quarries near Belo Horizonte.",
      'en',
    );
    expect(persons(entities)).toEqual([]);
    expect(byName(entities, 'Directorate General of Mining Safety')).toMatchObject({
      type: 'organization',
      country: 'BRA',
    });
  });

  it('still reads the title of the body’s head', () => {
    const entities = extractEntities(
      'The Director General of the Inspectorate General of Labour, Maria Souza, resigned.',
      'en',
    );
    expect(persons(entities)).toEqual([['Maria Souza', null]]);
    expect(entities.some((entity) => entity.name === 'Inspectorate General of Labour')).toBe(true);
  });
});

describe('a demonym that ends a name after a title', () => {
  it('is the surname when a verb or a sign follows ("chief Anton Turk said")', () => {
    const entities = extractEntities('Fisheries chief Anton Turk said the quota stands. Peru agreed.', 'en');
    expect(entities.map((entity) => entity.name)).toContain('Anton Turk');
    expect(entities.some((entity) => entity.country === 'TUR')).toBe(false);
  });

  it('stays the state’s adjective before a noun ("Minister Sato Japanese officials")', () => {
    const entities = extractEntities('They met Minister Sato. Japanese officials attended.', 'en');
    expect(persons(entities).map(([name]) => name)).toEqual(['Sato']);
    const late = extractEntities('They met Minister Sato Japanese officials in Osaka.', 'en');
    expect(late.some((entity) => entity.country === 'JPN' && entity.type === 'country')).toBe(true);
  });
});

describe('portfolio words between the served state or organisation and the title', () => {
  it('read the title whole with what it serves ("EU trade policy chief", "UN human rights chief")', () => {
    const entities = extractEntities(
      'EU trade policy chief Piet Dammers met Chile’s president. UN human rights chief Ana Lind spoke later.',
      'en',
    );
    expect(byName(entities, 'Piet Dammers')?.roles[0]).toMatchObject({
      title: 'EU trade policy chief',
      country: 'IGO',
    });
    expect(byName(entities, 'Ana Lind')?.country).toBe('IGO');
  });

  it('are not read when no title follows them', () => {
    const entities = extractEntities('EU trade policy was discussed with Chile.', 'en');
    expect(persons(entities)).toEqual([]);
  });
});

describe('a former role beside a current one', () => {
  it('gives no acting state: the current role does', () => {
    const french = extractEntities(
      "L'ancien Premier ministre norvégien Lars Dahl, secrétaire général de l'OTAN, a rencontré des responsables chiliens.",
      'fr',
    );
    expect(byName(french, 'Lars Dahl')?.country).toBe('IGO');
    const english = extractEntities(
      'Former Norwegian Prime Minister Lars Dahl, Secretary-General of NATO, met Chilean officials.',
      'en',
    );
    expect(byName(english, 'Lars Dahl')?.country).toBe('IGO');
  });

  it('still gives its state when it is the only role', () => {
    const entities = extractEntities(
      'Former Norwegian Prime Minister Lars Dahl met Chilean officials.',
      'en',
    );
    expect(byName(entities, 'Lars Dahl')?.country).toBe('NOR');
  });
});

describe('a title named after an organisation’s head ("Commission President X")', () => {
  it('serves the organisation of the text with that head, before the state the knowledge base gives', () => {
    const entities = extractEntities(
      'The European Commission met on Monday. Commission President Ursula von der Leyen spoke.',
      'en',
    );
    expect(byName(entities, 'Ursula von der Leyen')).toMatchObject({ country: 'IGO' });
    expect(byName(entities, 'Ursula von der Leyen')?.roles[0]?.title).toBe('Commission President');
  });
});
