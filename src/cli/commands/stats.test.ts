import { describe, expect, it } from 'vitest';
import type { StoreStats } from '../../store/article-store.js';
import { statsCoverage } from '../../store/stats-coverage.js';
import { formatStats } from './stats.js';

const stats: StoreStats = {
  totals: {
    pages: 3,
    articles: 4,
    duplicates: 1,
    events: 5,
    stories: 1,
    entities: 2,
    commitments: 0,
    errors: 0,
  },
  matching: { articles: 2, events: 3 },
  coverage: statsCoverage({ mainOnly: true, bothSides: true }, 10_000, false),
  byDyad: [{ key: 'RUS-VNM', count: 3 }],
  byType: [{ key: 'CONSULT', count: 3 }],
  byMonth: [
    { key: '2021-06', count: 1 },
    { key: '2021-05', count: 2 },
  ],
};

describe('entente stats text', () => {
  it('says what the matching counts cover: the defaults or what the filter added, all or the newest matches', () => {
    expect(formatStats(stats)).toContain(
      'matching the filter (main articles, events with both sides known, no near-duplicate copies; every matching article): articles 2  events 3',
    );
    expect(
      formatStats({ ...stats, coverage: statsCoverage({ includeDuplicates: true }, 10_000, true) }),
    ).toContain(
      'matching the filter (teasers included, events with an unknown side included, near-duplicate copies included; the newest 10000 matching articles (more match))',
    );
    // Months in calendar order.
    expect(formatStats(stats).indexOf('2021-05')).toBeLessThan(formatStats(stats).indexOf('2021-06'));
  });
});
