import { describe, expect, it } from 'vitest';
import type { Entity } from '../records/article.js';
import { extractEntities } from './entities-stage.js';

function person(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.type === 'person' && entity.name === name);
}

describe('the state a person acts for, when no title says it', () => {
  it('reads a Vietnamese-shaped full name as Vietnam’s, with a title or without one', () => {
    const text =
      'Secretary of the Lang Son provincial Party Committee Hoang Van Nghiem held talks with the visitors. Minister Tran Van Son was there too.';
    const entities = extractEntities(text, 'en');
    expect(person(entities, 'Hoang Van Nghiem')?.country).toBe('VNM');
    expect(person(entities, 'Tran Van Son')?.country).toBe('VNM');
  });

  it('leaves a name of another shape without a state', () => {
    const entities = extractEntities('Maria Keller spoke to the press in Berlin and Paris.', 'en');
    expect(person(entities, 'Maria Keller')?.country ?? null).toBeNull();
  });
});

describe('Chinese provinces the city list lacks', () => {
  it('reads Guangxi and Hainan as Chinese places', () => {
    const entities = extractEntities('Officials from Guangxi and Hainan attended the fair.', 'en');
    expect(entities.filter((entity) => entity.type === 'place').map((entity) => entity.country)).toEqual([
      'CHN',
      'CHN',
    ]);
  });
});
