import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../test-support/dates-of.js';

describe('drop unlikely chrono readings', () => {
  const published = '2013-02-12';

  it('drops ages, bare-number hours and sea-like weekday abbreviations', () => {
    expect(valuesOf('un homme de 38 ans', { published })).toEqual([]);
    expect(valuesOf('il a gagné 8 à 3, de 0-6', { published })).toEqual([]);
    expect(valuesOf('au bord de la mer', { published })).toEqual([]);
  });

  it('keeps the real offsets and clock times', () => {
    expect(valuesOf('dans 2 jours', { published })).toEqual(['dans 2 jours → 2013-02-14']);
    expect(valuesOf('à 15h30', { published })).toEqual(['à 15h30 → 2013-02-12']);
  });
});
