import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleFilter } from '../../article-store.js';
import { ArticleSearch } from '../article-search.js';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { migrate } from '../migrate.js';
import { SqliteArticleStore } from '../sqlite-store.js';
import { MIGRATIONS } from './index.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';

const dir = process.env.KEEP_DIR ?? mkdtempSync(join(tmpdir(), 'entente-migration-8-'));
afterAll(() => {
  if (!process.env.KEEP_DIR) rmSync(dir, { recursive: true, force: true });
});

const VERSION_7_TABLES = ['pages', 'articles', 'events'];
const PAIR_ROWS = 'SELECT * FROM article_dyads ORDER BY dyad, day, seq';

/** A pair search's page computed the slow way: every matching article sorted. */
function expectedPairPage(db: Database.Database, dyad: string, word: string | null, limit: number): string[] {
  const words = word ? 'AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)' : '';
  const rows = db
    .prepare(
      `SELECT a.id FROM articles a WHERE a.duplicate_of IS NULL
         AND a.id IN (SELECT article_id FROM events WHERE dyad = ? AND counted = 1) ${words}
       ORDER BY a.day DESC, a.seq DESC LIMIT ?`,
    )
    .all(...(word ? [dyad, word, limit] : [dyad, limit])) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

describe('migration 8: article pairs', () => {
  it('lists by trigger what its backfill lists, and pair searches read the same pages as a full sort', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 60, seed: 8, duplicateRate: 0.3 });

    const { db, current: kept } = databaseLeftBySchema(
      join(dir, 'old.db'),
      7,
      currentPath,
      VERSION_7_TABLES,
      (old) => old.prepare(PAIR_ROWS.replace('FROM article_dyads', 'FROM current.article_dyads')).all(),
    );
    expect(kept.length).toBeGreaterThan(20);
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toEqual([8]);
    expect(db.prepare(PAIR_ROWS).all()).toEqual(kept);
    db.close();

    const current = new Database(currentPath, { readonly: true });
    const search = new ArticleSearch((sql) => current.prepare(sql), { sortedMatches: 0 });
    // The same pages when each article walked is probed for the words instead of looked up in their list.
    const probing = new ArticleSearch((sql) => current.prepare(sql), { sortedMatches: 0, matchListLimit: 0 });
    const pairs = current
      .prepare('SELECT dyad FROM article_dyads GROUP BY dyad ORDER BY COUNT(*) DESC LIMIT 3')
      .all() as Array<{ dyad: string }>;
    for (const { dyad } of pairs) {
      for (const word of [null, 'ministre', 'minister']) {
        const filter: ArticleFilter = { countries: dyad.split('-').reverse(), limit: 5 };
        if (word) filter.text = word;
        const page = search.search(filter).map((hit) => hit.id);
        expect(page).toEqual(expectedPairPage(current, dyad, word ? `"${word}"` : null, 5));
        expect(probing.search(filter).map((hit) => hit.id)).toEqual(page);
      }
    }
    current.close();

    // Events of a pair, newest stored first, as the pair index (migration 9) lists them.
    const reader = SqliteArticleStore.open(currentPath, { readonly: true });
    const slow = new Database(currentPath, { readonly: true });
    for (const { dyad } of pairs) {
      const rows: string[] = [];
      for await (const row of reader.eventRows({ countries: dyad.split('-'), order: 'newest' }))
        rows.push(`${row.articleId}#${row.event.id}`);
      const expected = slow
        .prepare(
          `SELECT a.id || '#' || e.local_id AS key FROM articles a JOIN events e ON e.article_id = a.id
           WHERE a.duplicate_of IS NULL AND e.dyad = ? AND e.counted = 1 ORDER BY a.seq DESC, e.local_id DESC`,
        )
        .all(dyad) as Array<{ key: string }>;
      expect(rows).toEqual(expected.map((row) => row.key));
    }
    slow.close();
    await reader.close();
  });
});
