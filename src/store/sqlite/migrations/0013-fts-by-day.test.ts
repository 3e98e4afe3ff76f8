import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-13-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words of the synthetic dispatches, frequent and rare, and one in no article. */
const WORDS = ['"ministre"', '"cooperation"', '"vaccins"', '"hanoi" "visite"', '"zzzunknown"'];
/** The keys of an index's matches, newest first. */
const MATCHES = (table: string) =>
  `SELECT rowid FROM ${table} WHERE ${table.replace(/^\w+\./, '')} MATCH ? ORDER BY rowid DESC`;

describe('migration 13: full-text index by day', () => {
  it('indexes by its backfill what the writer indexed, each match keyed by day then seq', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 60, seed: 13, duplicateRate: 0.3 });
    const { db, current } = databaseLeftBySchema(
      join(dir, 'old.db'),
      12,
      currentPath,
      ['pages', 'articles'],
      (old) => WORDS.map((words) => old.prepare(MATCHES('current.articles_fts_by_day')).pluck().all(words)),
    );
    expect(current.flat().length).toBeGreaterThan(20);
    expect(migrate(db, MIGRATIONS.slice(0, 13))).toEqual([13]);
    expect(WORDS.map((words) => db.prepare(MATCHES('articles_fts_by_day')).pluck().all(words))).toEqual(
      current,
    );
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
});
