import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.day-range', () => {
  it('reads day ranges within and across months', () => {
    expect(datesOf('du 3 au 5 mars')).toEqual([
      'du 3 au 5 mars → XXXX-03-03/XXXX-03-05 (day, none, fr.date.day-range)',
    ]);
    expect(valuesOf('entre le 13 et le 15 juillet 2013')).toEqual([
      'entre le 13 et le 15 juillet 2013 → 2013-07-13/2013-07-15',
    ]);
    expect(valuesOf('du samedi 13 au dimanche 15 juillet', { published: '2013-06-01' })).toEqual([
      'du samedi 13 au dimanche 15 juillet → 2013-07-13/2013-07-15',
    ]);
    expect(valuesOf('du 10 juin au 1er juillet', { published: '2013-06-01' })).toEqual([
      'du 10 juin au 1er juillet → 2013-06-10/2013-07-01',
    ]);
  });

  it('reads the spelled first day', () => {
    expect(valuesOf('le premier mars 2013')).toEqual(['le premier mars 2013 → 2013-03-01']);
  });

  it('leaves single numeric days to chrono and numbers without a month alone', () => {
    expect(datesOf('le 18 janvier 2026')).toEqual([
      '18 janvier 2026 → 2026-01-18 (day, none, fr.chrono.month-name-little-endian)',
    ]);
    expect(valuesOf('du 3 au 5 du classement')).toEqual([]);
  });
});
