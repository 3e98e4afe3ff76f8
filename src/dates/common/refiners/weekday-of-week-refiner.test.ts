import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.weekday-of-week', () => {
  const published = '2013-02-12';

  it('places a weekday in the week named after it', () => {
    expect(datesOf('mardi de la semaine prochaine', { published })).toEqual([
      'mardi de la semaine prochaine → 2013-02-19 (day, published, fr.date.weekday-of-week)',
    ]);
    expect(valuesOf('mercredi cette semaine', { published })).toEqual([
      'mercredi cette semaine → 2013-02-13',
    ]);
  });

  it('does not join a weekday to a week further away in the sentence', () => {
    expect(valuesOf('mardi, il a parlé de la semaine prochaine', { published })).toEqual([
      'mardi → 2013-02-12',
      'de la semaine prochaine → 2013-02-18/2013-02-24',
    ]);
  });
});
