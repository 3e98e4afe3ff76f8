import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../test-support/dates-of.js';

describe('past-leaning weekdays (English, chrono weekday parser)', () => {
  // 2021-06-02 is a Wednesday.
  const published = '2021-06-02';

  it('reads a bare weekday as the latest one up to the publication day', () => {
    expect(valuesOf('said on Tuesday', { language: 'en', published })).toEqual(['on Tuesday → 2021-06-01']);
    expect(valuesOf('said on Thursday', { language: 'en', published })).toEqual(['on Thursday → 2021-05-27']);
  });

  it('leaves modified weekdays and forward reading to chrono', () => {
    expect(valuesOf('next Thursday', { language: 'en', published })).toEqual(['next Thursday → 2021-06-10']);
    expect(valuesOf('Thursday', { language: 'en', published, forward: true })).toEqual([
      'Thursday → 2021-06-03',
    ]);
  });
});
