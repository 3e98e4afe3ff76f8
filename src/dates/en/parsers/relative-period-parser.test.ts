import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('en.date.relative-period', () => {
  const published = '2021-06-02';

  it('reads this, last and next periods', () => {
    expect(datesOf('last week', { language: 'en', published })).toEqual([
      'last week → 2021-05-24/2021-05-30 (week, published, en.date.relative-period)',
    ]);
    expect(valuesOf('next month', { language: 'en', published })).toEqual(['next month → 2021-07']);
    expect(valuesOf('this year', { language: 'en', published })).toEqual(['this year → 2021']);
    expect(valuesOf('last week', { language: 'en' })).toEqual(['last week → null']);
  });

  it('needs a modifier before the unit', () => {
    expect(valuesOf('a week of talks, months of work', { language: 'en', published })).toEqual([]);
  });
});
