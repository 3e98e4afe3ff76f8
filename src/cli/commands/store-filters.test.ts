import { describe, expect, it } from 'vitest';
import { filterFromOptions } from './store-filters.js';

describe('filterFromOptions', () => {
  it('maps CLI options to a store filter', () => {
    expect(
      filterFromOptions(
        {
          db: 'x.db',
          countries: 'VNM,RUS',
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
      limit: 5,
    });
  });

  it('rejects bad values as usage errors', () => {
    expect(() => filterFromOptions({ db: 'x', quad: '7' })).toThrow(/--quad/);
    expect(() => filterFromOptions({ db: 'x', from: 'yesterday' })).toThrow(/--from/);
    expect(() => filterFromOptions({ db: 'x', commitment: 'late' })).toThrow(/--commitment/);
  });
});
