import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFilter } from '../../article-store.js';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';
import { ArticleSearch } from '../article-search.js';
import { fillFtsByDay, fillFtsByDayBatch, FILL_KEYS } from '../fts-by-day-fill.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-13-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words of the synthetic dispatches, frequent and rare, and one in no article. */
const WORDS = ['"ministre"', '"cooperation"', '"vaccins"', '"hanoi" "visite"', '"zzzunknown"'];
/** Word searches with the default filters (the ones that may read the index by day). */
const SEARCHES: ArticleFilter[] = [
  { text: 'ministre', limit: 2 },
  { text: 'ministre', limit: 7 },
  { text: 'cooperation', limit: 3 },
  { text: 'hanoi visite' },
  { text: 'vaccins', limit: 1 },
];
/** The keys of an index's matches, newest first. */
const MATCHES = (table: string) =>
  `SELECT rowid FROM ${table} WHERE ${table.replace(/^\w+\./, '')} MATCH ? ORDER BY rowid DESC`;

/** A store left by schema 12 (pages and articles of a current one), and the current one's index by day. */
async function leftBySchema12(name: string) {
  const currentPath = join(dir, `${name}-current.db`);
  await storeSyntheticPages(currentPath, { pages: 60, seed: 13, duplicateRate: 0.3 });
  const path = join(dir, `${name}-old.db`);
  const { db, current } = databaseLeftBySchema(path, 12, currentPath, ['pages', 'articles'], (old) => {
    // The words index as the writer wrote it, for the plans before migration 13.
    old.exec(`INSERT INTO articles_fts (rowid, title, body)
      SELECT seq, COALESCE(title, ''), article_search_body(title, json_extract(record, '$.text'),
        json_extract(record, '$.paragraphs[1].start')) FROM main.articles`);
    return WORDS.map((words) => old.prepare(MATCHES('current.articles_fts_by_day')).pluck().all(words));
  });
  return { db, current, path };
}

/** Searches through the default plans, with the SQL they ran, and through the plans before migration 13. */
function searches(db: Database.Database) {
  const ran: string[] = [];
  const byDefault = new ArticleSearch((sql) => (ran.push(sql), db.prepare(sql)));
  const previous = new ArticleSearch((sql) => db.prepare(sql), { sortedMatches: 1000, dayWalk: 0 });
  const readsByDay = () => ran.some((sql) => sql.includes('articles_fts_by_day MATCH'));
  return { byDefault, previous, readsByDay };
}

const indexed = (db: Database.Database) =>
  WORDS.map((words) => db.prepare(MATCHES('articles_fts_by_day')).pluck().all(words));
const meta = (db: Database.Database, key: string) =>
  db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get(key);

describe('migration 13: full-text index by day', () => {
  it('opens at once with the index empty, searches as before it until the fill completes, then reads the index', async () => {
    const { db, current } = await leftBySchema12('fill');
    expect(current.flat().length).toBeGreaterThan(20);
    // Migration 14 builds the same index again with the pairs column (same fill, same marks).
    expect(migrate(db, MIGRATIONS.slice(0, 14))).toEqual([13, 14]);
    // The migration indexed nothing: the articles stored before it wait for the fill.
    expect(indexed(db).flat()).toEqual([]);
    expect(meta(db, FILL_KEYS.complete)).toBe(0);
    const articles = db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    expect(meta(db, FILL_KEYS.last)).toBe(db.prepare('SELECT MAX(seq) FROM articles').pluck().get());
    // Half filled: the default plans still give the pages of the plans before migration 13.
    const half = fillFtsByDayBatch(db, Math.ceil(articles / 2));
    expect(half).toMatchObject({ complete: false, total: articles });
    expect(indexed(db).flat().length).toBeGreaterThan(0);
    const before = searches(db);
    for (const filter of SEARCHES) {
      const page = before.previous.search(filter);
      expect(page.length).toBeGreaterThan(0);
      expect(before.byDefault.search(filter)).toEqual(page);
    }
    expect(before.readsByDay()).toBe(false);
    // Filled: the index holds what the writer indexed, and words searches read it, same pages.
    expect(await fillFtsByDay(db, { batch: 7 })).toBe(true);
    expect(meta(db, FILL_KEYS.complete)).toBe(1);
    expect(indexed(db)).toEqual(current);
    const after = searches(db);
    for (const filter of SEARCHES)
      expect(after.byDefault.search(filter)).toEqual(after.previous.search(filter));
    expect(after.readsByDay()).toBe(true);
    // Keys in newest-first order: by day descending, undated last, then latest stored.
    const newest = db
      .prepare(
        `SELECT seq FROM articles
         WHERE seq IN (SELECT rowid & 4294967295 FROM articles_fts_by_day WHERE articles_fts_by_day MATCH ?)
         ORDER BY day DESC, seq DESC`,
      )
      .pluck();
    const keyed = db.prepare(`SELECT rowid & 4294967295 FROM (${MATCHES('articles_fts_by_day')})`).pluck();
    for (const words of WORDS) expect(keyed.all(words)).toEqual(newest.all(words));
    db.close();
  });

  it('resumes an interrupted fill from its last committed batch, on a new connection', async () => {
    const { db, current, path } = await leftBySchema12('resume');
    migrate(db, MIGRATIONS.slice(0, 14));
    let batches = 0;
    const progress: number[] = [];
    const stopped = await fillFtsByDay(db, {
      batch: 4,
      stopped: () => batches++ === 3,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(stopped).toBe(false);
    expect(progress).toEqual([4, 8, 12]);
    const first = db.prepare('SELECT MIN(seq) FROM articles').pluck().get() as number;
    expect(meta(db, FILL_KEYS.next)).toBe(first + 12);
    db.close();
    const reopened = new Database(path);
    const resumed: number[] = [];
    expect(await fillFtsByDay(reopened, { batch: 4, onProgress: ({ done }) => resumed.push(done) })).toBe(
      true,
    );
    expect(resumed[0]).toBe(16);
    // Each article indexed once: the same matches as the writer's index, none twice.
    expect(indexed(reopened)).toEqual(current);
    reopened.close();
  });

  it('creates a complete index on a store with no articles yet', () => {
    const db = new Database(join(dir, 'empty.db'));
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(meta(db, FILL_KEYS.complete)).toBe(1);
    db.close();
  });
});
