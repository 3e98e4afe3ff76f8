import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.holiday / en.date.holiday', () => {
  it('reads fixed-day holidays, with or without a year', () => {
    expect(datesOf('à Noël', { published: '2013-12-02' })).toEqual([
      'Noël → 2013-12-25 (day, published, fr.date.holiday)',
    ]);
    expect(valuesOf('la Toussaint 2020')).toEqual(['Toussaint 2020 → 2020-11-01']);
    expect(valuesOf('on Christmas Eve', { language: 'en' })).toEqual(['Christmas Eve → XXXX-12-24']);
  });

  it('leaves other calendars’ new years alone', () => {
    expect(valuesOf('le Nouvel An lunaire, le nouvel an chinois')).toEqual([]);
  });
});
