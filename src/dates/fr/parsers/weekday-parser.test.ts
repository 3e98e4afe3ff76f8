import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.weekday', () => {
  // 2013-02-12 is a Tuesday.
  const published = '2013-02-12';

  it('reads a bare weekday towards the past in news, forward on request', () => {
    expect(valuesOf('a déclaré jeudi', { published })).toEqual(['jeudi → 2013-02-07']);
    expect(valuesOf('a déclaré mardi', { published })).toEqual(['mardi → 2013-02-12']);
    expect(valuesOf('jeudi', { published, forward: true })).toEqual(['jeudi → 2013-02-14']);
    expect(valuesOf('mardi')).toEqual(['mardi → null']);
  });

  it('applies next, last and "en huit" modifiers', () => {
    expect(valuesOf('mardi prochain', { published })).toEqual(['mardi prochain → 2013-02-19']);
    expect(valuesOf('lundi dernier', { published })).toEqual(['lundi dernier → 2013-02-11']);
    expect(valuesOf('lundi en huit', { published })).toEqual(['lundi en huit → 2013-02-25']);
    expect(valuesOf('ce dimanche', { published })).toEqual(['ce dimanche → 2013-02-17']);
  });

  it('ignores weekday-like words', () => {
    expect(valuesOf('la mer Méditerranée, un mardi-gras', { published })).toEqual([]);
  });
});
