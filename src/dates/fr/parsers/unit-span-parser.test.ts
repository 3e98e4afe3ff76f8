import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.unit-span', () => {
  const published = '2013-02-12';

  it('reads whole units before or after the publication date', () => {
    expect(datesOf('au cours des trois derniers mois', { published })).toEqual([
      'des trois derniers mois → 2012-11/2013-01 (month, published, fr.date.unit-span)',
    ]);
    expect(valuesOf('les 3 prochains jours', { published })).toEqual([
      'les 3 prochains jours → 2013-02-13/2013-02-15',
    ]);
    expect(valuesOf('2 semaines passées', { published })).toEqual([
      '2 semaines passées → 2013-01-28/2013-02-10',
    ]);
    expect(valuesOf('les deux dernières années')).toEqual(['les deux dernières années → null']);
  });

  it('needs a direction word', () => {
    expect(valuesOf('trois mois de travail, 2 semaines de congé', { published })).toEqual([]);
  });
});
