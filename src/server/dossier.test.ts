import { describe, expect, it } from 'vitest';
import type { ArticleStore, Dossier } from '../store/article-store.js';
import { DossierCache } from './dossier.js';

function countingStore() {
  const calls = { dyadDossier: 0 };
  const store = {
    async dyadDossier(a: string, b: string): Promise<Dossier> {
      calls.dyadDossier++;
      return {
        countries: [a, b],
        totals: { events: 0, cooperation: 0, conflict: 0, balance: 0 },
        byType: [],
        byMonth: [],
        latest: [],
        persons: [],
        commitments: [],
        stories: [],
        listTotals: { persons: 0, commitments: 0, stories: 0 },
      };
    },
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
    expect(calls.dyadDossier).toBe(1);
    await cache.get('CHN', 'USA');
    expect(calls.dyadDossier).toBe(2);
    now = 1500;
    await cache.get('VNM', 'RUS');
    expect(calls.dyadDossier).toBe(3);
    cache.clear();
    await cache.get('VNM', 'RUS');
    expect(calls.dyadDossier).toBe(4);
  });
});
