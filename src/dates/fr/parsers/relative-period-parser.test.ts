import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.relative-period', () => {
  const published = '2021-06-02';

  it('resolves this, next and last periods against the publication date', () => {
    expect(valuesOf('cette semaine', { published })).toEqual(['cette semaine → 2021-05-31/2021-06-06']);
    expect(valuesOf('le mois prochain', { published })).toEqual(['le mois prochain → 2021-07']);
    expect(valuesOf("l'an dernier", { published })).toEqual(["l'an dernier → 2020"]);
    expect(valuesOf('la semaine dernière', { published })).toEqual([
      'la semaine dernière → 2021-05-24/2021-05-30',
    ]);
    expect(valuesOf('ce trimestre', { published })).toEqual(['ce trimestre → 2021-04/2021-06']);
  });

  it('keeps the grain and no value without an anchor', () => {
    expect(datesOf('a présenté cette semaine une copie')).toEqual([
      'cette semaine → null (week, none, fr.date.relative-period)',
    ]);
    expect(datesOf('le mois prochain')).toEqual([
      'le mois prochain → null (month, none, fr.date.relative-period)',
    ]);
  });

  it('does not read a period noun alone as a date', () => {
    expect(valuesOf('une semaine de travail, des mois de négociations')).toEqual([]);
  });
});
