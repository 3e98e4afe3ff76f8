import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.part-of-month / en.date.part-of-month', () => {
  it('reads the early, middle and late thirds of a month', () => {
    expect(datesOf('début avril 2013')).toEqual([
      'début avril 2013 → 2013-04-01/2013-04-10 (day, none, fr.date.part-of-month)',
    ]);
    expect(valuesOf('fin mars', { published: '2013-02-12' })).toEqual(['fin mars → 2013-03-21/2013-03-31']);
    expect(valuesOf('mi-décembre')).toEqual(['mi-décembre → XXXX-12-11/XXXX-12-20']);
    expect(valuesOf('in early August', { language: 'en' })).toEqual(['early August → XXXX-08-01/XXXX-08-10']);
  });

  it('needs a month after the part word', () => {
    expect(valuesOf('au début de la réunion, à la fin du discours')).toEqual([]);
    expect(valuesOf('early voting', { language: 'en' })).toEqual([]);
  });
});
