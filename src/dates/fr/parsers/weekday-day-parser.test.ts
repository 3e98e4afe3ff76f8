import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.weekday-day', () => {
  // 2013-02-12 is a Tuesday; the 13th is a Wednesday, and the next Thursday 15th is in August.
  const published = '2013-02-12';

  it('finds the nearest month where the day falls on the weekday', () => {
    expect(datesOf('ce mercredi 13', { published })).toEqual([
      'ce mercredi 13 → 2013-02-13 (day, published, fr.date.weekday-day)',
    ]);
    expect(valuesOf('jeudi 15', { published, forward: true })).toEqual(['jeudi 15 → 2013-08-15']);
    expect(valuesOf('jeudi 15', { published })).toEqual(['jeudi 15 → 2012-11-15']);
    expect(valuesOf('jeudi 15')).toEqual(['jeudi 15 → null']);
  });

  it('leaves a weekday with a full date to the day–month rule, and counts alone', () => {
    expect(datesOf('jeudi 31 mars', { published })[0]).not.toContain('weekday-day');
    expect(valuesOf('mardi 3 000 manifestants', { published })).toEqual(['mardi → 2013-02-12']);
  });
});
