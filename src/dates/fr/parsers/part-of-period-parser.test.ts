import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.part-of-period', () => {
  const published = '2013-02-12';

  it('reads the early, middle or late third of a named period', () => {
    expect(datesOf("d'ici la fin de l'année", { published })).toEqual([
      "d'ici la fin de l'année → 2013-09/2013-12 (month, published, fr.date.part-of-period)",
    ]);
    expect(valuesOf('à la fin du mois prochain', { published })).toEqual([
      'à la fin du mois prochain → 2013-03-21/2013-03-31',
    ]);
    expect(valuesOf('en début de semaine', { published })).toEqual([
      'en début de semaine → 2013-02-11/2013-02-12',
    ]);
    expect(valuesOf('en fin de semaine')).toEqual(['en fin de semaine → null']);
  });

  it('needs a period after the part word', () => {
    expect(valuesOf('à la fin de la réunion, au début du discours', { published })).toEqual([]);
  });
});
