import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFilter } from '../../article-store.js';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';
import { ArticleSearch } from '../article-search.js';
import { fillFtsByDay, FILL_KEYS, mergeFtsByDayStep } from '../fts-by-day-fill.js';
import { pairToken, registerSearchBody } from '../fts-by-day.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-14-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The keys of an index's matches for an FTS5 query, newest first. */
const MATCHES = (table: string) =>
  `SELECT rowid FROM ${table} WHERE ${table.replace(/^\w+\./, '')} MATCH ? ORDER BY rowid DESC`;
const meta = (db: Database.Database, key: string) =>
  db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get(key);

/** The synthetic pages' pairs (with events in them) and words, common and rare. */
function pairsAndWords(db: Database.Database): { pairs: string[]; words: string[] } {
  const pairs = db
    .prepare('SELECT dyad FROM events WHERE dyad IS NOT NULL GROUP BY dyad ORDER BY COUNT(*) DESC, dyad')
    .pluck()
    .all() as string[];
  return { pairs, words: ['ministre', 'cooperation', 'hanoi visite', 'vaccins', 'zzzunknown'] };
}

describe('migration 14: pairs in the full-text index by day', () => {
  it('indexes each article with its events’ pairs as the writer does, and words + pair searches read it, same pages', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 80, seed: 14, duplicateRate: 0.3 });
    const current = new Database(currentPath, { readonly: true });
    const { pairs, words } = pairsAndWords(current);
    expect(pairs.length).toBeGreaterThan(3);
    const queries = [
      ...pairs.map((pair) => `"${pairToken(pair)}"`),
      ...words.flatMap((word) => pairs.slice(0, 4).map((pair) => `"${word}" "${pairToken(pair)}"`)),
    ];
    const written = queries.map((query) =>
      current.prepare(MATCHES('articles_fts_by_day')).pluck().all(query),
    );
    expect(written.slice(0, pairs.length).every((keys) => keys.length > 0)).toBe(true);
    current.close();

    const { db } = databaseLeftBySchema(join(dir, 'old.db'), 13, currentPath, [
      'pages',
      'articles',
      'events',
    ]);
    // The words index as the writer wrote it, for the plans before migration 13.
    registerSearchBody(db);
    db.exec(`INSERT INTO articles_fts (rowid, title, body)
      SELECT seq, COALESCE(title, ''), article_search_body(title, json_extract(record, '$.text'),
        json_extract(record, '$.paragraphs[1].start')) FROM articles`);
    expect(migrate(db, MIGRATIONS.slice(0, 14))).toEqual([14]);
    expect(meta(db, FILL_KEYS.complete)).toBe(0);
    expect(db.prepare(MATCHES('articles_fts_by_day')).pluck().all(queries[0])).toEqual([]);
    expect(await fillFtsByDay(db, { batch: 9 })).toBe(true);
    // Then its batches' segments merged, step by step, once.
    expect(meta(db, FILL_KEYS.merged)).toBe(1);
    expect(mergeFtsByDayStep(db)).toBe(true);
    // The fill reads the pairs from the stored events: the same tokens as the writer's.
    expect(queries.map((query) => db.prepare(MATCHES('articles_fts_by_day')).pluck().all(query))).toEqual(
      written,
    );

    const ran: string[] = [];
    const byDefault = new ArticleSearch((sql) => (ran.push(sql), db.prepare(sql)));
    const previous = new ArticleSearch((sql) => db.prepare(sql), { sortedMatches: 1000, dayWalk: 0 });
    let pages = 0;
    for (const word of words)
      for (const pair of pairs) {
        for (const filter of [
          { text: word, countries: pair.split('-'), mainOnly: true, bothSides: true, limit: 3 },
          { text: word, countries: pair.split('-').reverse(), limit: 50 },
          { text: word, countries: pair.split('-'), eventType: 'CONSULT', mainOnly: true, limit: 2 },
        ] satisfies ArticleFilter[]) {
          const page = previous.search(filter);
          if (page.length > 0) pages++;
          expect(byDefault.search(filter)).toEqual(page);
        }
      }
    expect(pages).toBeGreaterThan(10);
    expect(ran.some((sql) => sql.includes('articles_fts_by_day MATCH'))).toBe(true);
    // No words query reaches a pair's token: a private-use mark starts it.
    const [first] = pairs;
    expect(byDefault.search({ text: first!.replace('-', '') })).toEqual([]);
    expect(byDefault.search({ text: pairToken(first!) })).toEqual([]);
    db.close();
  });

  it('leaves the index of a store with no articles complete', () => {
    const db = new Database(join(dir, 'empty.db'));
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(meta(db, FILL_KEYS.complete)).toBe(1);
    expect(migrate(db, MIGRATIONS)).toContain(14);
    expect(meta(db, FILL_KEYS.complete)).toBe(1);
    expect(meta(db, FILL_KEYS.merged)).toBe(1);
    db.close();
  });
});
