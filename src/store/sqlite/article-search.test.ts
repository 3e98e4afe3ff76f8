import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFilter } from '../article-store.js';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { ArticleSearch } from './article-search.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ArticleSearch', () => {
  it('gives the same page whether it sorts all matches or walks articles by date', async () => {
    const path = join(dir, 'search.db');
    const store = SqliteArticleStore.open(path);
    const days = [
      '2022-03-04',
      null,
      '2021-12-30',
      '2022-03-04',
      '2020-07-01',
      '2023-01-15',
      null,
      '2021-05-05',
    ];
    for (const [i, day] of days.entries()) {
      await store.storePage(
        pageFromSpec({
          uri: `file:d${i}.txt`,
          title: `Dépêche ${i}`,
          body: `${i % 2 ? 'Le ministre Sergueï Lavrov' : 'Le ministre Bui Thanh Son'} évoque la coopération portuaire.`,
          published: day,
          persons: [{ name: i % 2 ? 'Sergueï Lavrov' : 'Bui Thanh Son', country: i % 2 ? 'RUS' : 'VNM' }],
        }),
      );
    }
    await store.close();
    const db = new Database(path, { readonly: true });
    const prepare = (sql: string) => db.prepare(sql);
    const sorting = new ArticleSearch(prepare, { commonPersonArticles: 1000, sortedMatches: 1000 });
    const walking = new ArticleSearch(prepare, { commonPersonArticles: 0, sortedMatches: 0 });
    const filters: ArticleFilter[] = [
      { text: 'cooperation' },
      { text: 'portuaire ministre', limit: 3 },
      { text: 'cooperation', from: '2021-01-01', limit: 4 },
      { person: 'Lavrov' },
      { person: 'Lavrov', text: 'ministre', limit: 2 },
    ];
    for (const filter of filters) {
      const sorted = sorting.search(filter);
      expect(sorted.length).toBeGreaterThan(0);
      expect(walking.search(filter)).toEqual(sorted);
    }
    expect(sorting.search({ text: 'cooperation' }).map((hit) => hit.published)).toEqual([
      '2023-01-15',
      '2022-03-04',
      '2022-03-04',
      '2021-12-30',
      '2021-05-05',
      '2020-07-01',
      null,
      null,
    ]);
    db.close();
  });
});
