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

/** Who each stored article names: two persons share the surname Lavrov, one is Bui Thanh Son. */
const PERSONS = [
  { name: 'Sergueï Lavrov', country: 'RUS' },
  { name: 'Bui Thanh Son', country: 'VNM' },
  { name: 'Ivan Lavrov', country: 'BLR' },
  { name: 'Bui Thanh Son', country: 'VNM' },
];

describe('ArticleSearch', () => {
  it("gives the same page whether it sorts all matches, walks articles by date (all the way or a few entries first) or walks the words' matches by date, with or without the words' match list, persons merged or sorted", async () => {
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
      '2022-03-04',
      '2019-11-11',
    ];
    for (const [i, day] of days.entries()) {
      const person = PERSONS[i % PERSONS.length]!;
      await store.storePage(
        pageFromSpec({
          uri: `file:d${i}.txt`,
          title: `Dépêche ${i}`,
          body: `Le ministre ${person.name} évoque la coopération portuaire${i % 3 ? ' avec la Russie' : ''}.`,
          published: day,
          // The last article names both persons called Lavrov.
          persons: [
            person,
            ...(i % 3 ? [{ name: 'Pham Minh Chinh', country: 'VNM' }] : []),
            ...(i === days.length - 2 ? [PERSONS[2]!] : []),
          ],
          events: i % 3 ? [{ type: 'CONSULT', actor: person.country, recipient: 'VNM' }] : [],
        }),
      );
    }
    await store.close();
    const db = new Database(path, { readonly: true });
    const prepare = (sql: string) => db.prepare(sql);
    const sorting = new ArticleSearch(prepare, {
      sortedMatches: 1000,
      walkPerMatch: 0,
      mergedPersons: 0,
      dayWalk: 0,
    });
    // A walk of the date index too short to fill the page, then the sort.
    const shortWalk = new ArticleSearch(prepare, { sortedMatches: 1000, walkPerMatch: 1, dayWalk: 0 });
    const walking = new ArticleSearch(prepare, { sortedMatches: 0, dayWalk: 0 });
    const probing = new ArticleSearch(prepare, { sortedMatches: 0, matchListLimit: 0, dayWalk: 0 });
    // Words alone: their matches newest first from the index keyed so, all or too few for the page.
    const dayWalking = new ArticleSearch(prepare, { sortedMatches: 1000 });
    const shortDayWalk = new ArticleSearch(prepare, { sortedMatches: 1000, dayWalk: 2 });
    const filters: ArticleFilter[] = [
      { text: 'cooperation' },
      { text: 'portuaire ministre', limit: 3 },
      { text: 'Russie', mainOnly: true, limit: 4 },
      { text: 'ministre', includeDuplicates: true },
      { text: 'cooperation', from: '2021-01-01', limit: 4 },
      { person: 'Lavrov' },
      { person: 'Lavrov', text: 'ministre', limit: 2 },
      { person: 'Bui Thanh Son', text: 'Russie' },
      { person: 'Lavrov', countries: ['VNM', 'RUS'] },
      { countries: ['VNM', 'BLR'], text: 'portuaire' },
    ];
    for (const filter of filters) {
      const sorted = sorting.search(filter);
      expect(sorted.length).toBeGreaterThan(0);
      expect(shortWalk.search(filter)).toEqual(sorted);
      expect(walking.search(filter)).toEqual(sorted);
      expect(probing.search(filter)).toEqual(sorted);
      expect(dayWalking.search(filter)).toEqual(sorted);
      expect(shortDayWalk.search(filter)).toEqual(sorted);
    }
    expect(sorting.search({ text: 'cooperation' }).map((hit) => hit.published)).toEqual([
      '2023-01-15',
      '2022-03-04',
      '2022-03-04',
      '2022-03-04',
      '2021-12-30',
      '2021-05-05',
      '2020-07-01',
      '2019-11-11',
      null,
      null,
    ]);
    // Both persons named Lavrov, each article once, newest first (then latest stored).
    expect(sorting.personIds({ person: 'Lavrov' })).toHaveLength(2);
    expect(sorting.search({ person: 'Lavrov' }).map((hit) => hit.title)).toEqual([
      'Dépêche 8',
      'Dépêche 0',
      'Dépêche 2',
      'Dépêche 4',
      'Dépêche 6',
    ]);
    expect(sorting.search({ person: 'Nobody Known' })).toEqual([]);
    db.close();
  });
});
