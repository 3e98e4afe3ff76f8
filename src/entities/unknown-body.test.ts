import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';

function person(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.type === 'person' && entity.name === name);
}

describe('a title held in a body no lexicon knows (English)', () => {
  it('reads past a bracketed gloss and a second complement to the holder and the state', () => {
    const text =
      'Speaker of the Sejm (lower house) of the Parliament of Poland Jan Kowalczyk held talks with his host.';
    const found = person(extractEntities(text, 'en'), 'Jan Kowalczyk');
    expect(found?.country).toBe('POL');
    expect(found?.roles?.[0]?.title).toBe('Speaker of the Sejm (lower house) of the Parliament of Poland');
  });

  it('ends the body where the name opens when the run goes on into the name', () => {
    const entities = extractEntities('Chairman of the Storting Ola Nordmann met the minister.', 'en');
    expect(person(entities, 'Ola Nordmann')?.roles?.[0]?.title).toBe('Chairman of the Storting');
  });

  it('takes no body from a run of two words: they are the name', () => {
    const entities = extractEntities('The visit of the Speaker Ola Nordmann was short.', 'en');
    expect(entities.some((entity) => entity.name.includes('Nordmann'))).toBe(true);
    expect(entities.some((entity) => entity.type === 'organization')).toBe(false);
  });
});

describe("a body owned by the complement's body ('s)", () => {
  it('reads the owned body into the title, so the holder gets it', () => {
    const text =
      "Head of the Party Central Committee's Commission for External Affairs Nguyen Van Nam met the guests.";
    const found = person(extractEntities(text, 'en'), 'Nguyen Van Nam');
    expect(found?.roles?.[0]?.title).toBe(
      "Head of the Party Central Committee's Commission for External Affairs",
    );
  });
});

describe('a posting complement no lexicon knows (English)', () => {
  it('reads the region or body after "for the", "to the" and leaves the holder’s name after it', () => {
    const text =
      'The minister received UNICEF Regional Director for the Western Pacific Sione Tupou in Hanoi.';
    const found = person(extractEntities(text, 'en'), 'Sione Tupou');
    expect(found?.country).toBe('IGO');
    expect(found?.roles?.[0]?.title).toContain('Regional Director for the Western Pacific');
  });
});
