import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('en.date.unit-span', () => {
  const published = '2013-02-12';

  it('reads whole units before or after the publication date', () => {
    expect(datesOf('over the past two weeks', { language: 'en', published })).toEqual([
      'the past two weeks → 2013-01-28/2013-02-10 (week, published, en.date.unit-span)',
    ]);
    expect(valuesOf('the next 3 days', { language: 'en', published })).toEqual([
      'the next 3 days → 2013-02-13/2013-02-15',
    ]);
  });

  it('needs a direction word before the count', () => {
    expect(valuesOf('two weeks of talks', { language: 'en', published })).toEqual([]);
  });
});
