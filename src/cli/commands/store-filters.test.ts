import { describe, expect, it } from 'vitest';
import { filterFromOptions } from './store-filters.js';

describe('filterFromOptions', () => {
  it('maps CLI options to a store filter', () => {
    expect(
      filterFromOptions(
        {
          db: 'x.db',
          country: 'VNM,RUS',
          type: 'consult',
          quad: '1',
          from: '2021-01-01',
          commitment: 'overdue',
          limit: '5',
        },
        'vaccins Spoutnik',
      ),
    ).toEqual({
      text: 'vaccins Spoutnik',
      countries: ['VNM', 'RUS'],
      eventType: 'CONSULT',
      quad: 1,
      from: '2021-01-01',
      commitmentStatus: 'overdue',
      mainOnly: true,
      bothSides: true,
      limit: 5,
    });
  });

  it('takes the API parameter names, and the earlier flag names too', () => {
    expect(
      filterFromOptions({
        db: 'x',
        country: 'vnm',
        lang: 'fr',
        confidence: '0.7',
        source: 'vnexpress',
        teasers: true,
        partial: true,
      }),
    ).toEqual({ countries: ['VNM'], language: 'fr', minConfidence: 0.7, source: 'vnexpress' });
    expect(
      filterFromOptions({ db: 'x', countries: 'VNM,RUS', language: 'en', includeDuplicates: true }),
    ).toMatchObject({
      countries: ['VNM', 'RUS'],
      language: 'en',
      includeDuplicates: true,
    });
  });

  it('names an unknown country code, an impossible date and a bad confidence', () => {
    expect(() => filterFromOptions({ db: 'x', country: 'VNM,XYZ' })).toThrow(
      /--country: unknown country code XYZ/,
    );
    expect(() => filterFromOptions({ db: 'x', to: '2021-02-30' })).toThrow(/--to: 2021-02-30 is not a date/);
    expect(() => filterFromOptions({ db: 'x', confidence: 'high' })).toThrow(/--confidence .*got high/);
  });

  it('rejects bad values as usage errors', () => {
    expect(() => filterFromOptions({ db: 'x', quad: '7' })).toThrow(/--quad/);
    expect(() => filterFromOptions({ db: 'x', from: 'yesterday' })).toThrow(/--from/);
    expect(() => filterFromOptions({ db: 'x', commitment: 'late' })).toThrow(/--commitment/);
  });
});
