import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.day-offset', () => {
  it('reads fixed offsets from the publication date', () => {
    expect(datesOf('avant-hier', { published: '2013-02-12' })).toEqual([
      'avant-hier → 2013-02-10 (day, published, fr.date.day-offset)',
    ]);
    expect(valuesOf('après-demain', { published: '2013-02-12' })).toEqual(['après-demain → 2013-02-14']);
    expect(valuesOf('avant-hier')).toEqual(['avant-hier → null']);
  });

  it('does not fire inside other words', () => {
    expect(valuesOf('les avant-hierarchies', { published: '2013-02-12' })).toEqual([]);
  });
});
