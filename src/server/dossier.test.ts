import { describe, expect, it } from 'vitest';
import type { ArticleStore, EventRow } from '../store/article-store.js';
import { DossierCache } from './dossier.js';

function countingStore() {
  const calls = { eventRows: 0 };
  const store = {
    eventRows(): AsyncIterable<EventRow> {
      calls.eventRows++;
      return (async function* () {})();
    },
    commitments: async () => [],
  } as unknown as ArticleStore;
  return { store, calls };
}

describe('DossierCache', () => {
  it('reuses a dossier within its time to live, recomputes after it and after clear()', async () => {
    const { store, calls } = countingStore();
    let now = 0;
    const cache = new DossierCache(store, 1000, () => now);
    await cache.get('VNM', 'RUS');
    await cache.get('VNM', 'RUS');
    expect(calls.eventRows).toBe(1);
    await cache.get('CHN', 'USA');
    expect(calls.eventRows).toBe(2);
    now = 1500;
    await cache.get('VNM', 'RUS');
    expect(calls.eventRows).toBe(3);
    cache.clear();
    await cache.get('VNM', 'RUS');
    expect(calls.eventRows).toBe(4);
  });
});
