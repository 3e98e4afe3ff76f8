import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleStore, PageToStore } from '../article-store.js';
import { SqliteArticleStore } from '../sqlite/sqlite-store.js';
import { createTestDatabase, postgresAvailable } from '../test-support/postgres-database.js';
import { pageFromSpec, PHONE_CALL_SPEC, type ArticleSpec } from '../test-support/record-fixtures.js';
import { DYAD_FIGURE_QUERIES } from '../test-support/sqlite-fixtures.js';
import { analysedSyntheticPages } from '../test-support/synthetic-fixtures.js';
import { FIGURE_TABLES } from './dyad-figures.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrate, openPool } from './open-database.js';
import { PostgresArticleStore } from './postgres-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-pg-figures-'));
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A near-duplicate of `spec` published on `published`: undated reprints, then an earlier copy. */
const copy = (spec: ArticleSpec, tag: string, published: string | null): ArticleSpec => ({
  ...spec,
  uri: `${spec.uri}.${tag}`,
  body: `${spec.body} Source : ${tag}.`,
  published,
});

/**
 * Synthetic pages (stories, near-duplicates), then an undated reprint stored before its dated
 * original and an earlier copy after it: originals are demoted and stories merge on the way.
 */
function pages(): PageToStore[] {
  return [
    ...analysedSyntheticPages({ pages: 80, seed: 11, duplicateRate: 0.3 }),
    pageFromSpec(copy(PHONE_CALL_SPEC, 'reprint', null)),
    pageFromSpec(PHONE_CALL_SPEC),
    pageFromSpec(copy(PHONE_CALL_SPEC, 'earlier', '2021-05-28')),
  ];
}

async function figures(url: string): Promise<unknown[][]> {
  const pool = await openPool(url, { maxConnections: 1 });
  try {
    const result: unknown[][] = [];
    for (const sql of DYAD_FIGURE_QUERIES) result.push((await pool.query(sql)).rows);
    return result;
  } finally {
    await pool.end();
  }
}

async function storeAll(store: ArticleStore, all: PageToStore[]): Promise<void> {
  for (const page of all) await store.storePage(page);
}

describe.runIf(postgresAvailable)('PostgreSQL dossier figures (migration 8)', () => {
  it('keeps by trigger what SQLite keeps, and its backfill computes the same from the stored rows', async () => {
    const all = pages();
    const database = await createTestDatabase();
    drops.push(database.drop);
    const postgres = await PostgresArticleStore.open(database.url);
    const sqlite = SqliteArticleStore.open(join(dir, 'store.db'));
    try {
      await storeAll(postgres, all);
      await storeAll(sqlite, all);
      const kept = await figures(database.url);
      // The corpus has pairs with several months, stories and acting persons with titles.
      expect(kept.map((rows) => rows.length > 3)).toEqual([true, true, true, true]);
      const sqliteDb = (sqlite as unknown as { db: Database.Database }).db;
      expect(kept).toEqual(DYAD_FIGURE_QUERIES.map((sql) => sqliteDb.prepare(sql).all()));

      // The same dossier JSON from both stores, for every pair.
      const dyads = [...new Set((kept[0] as Array<{ dyad: string }>).map((row) => row.dyad))];
      for (const dyad of dyads) {
        const [a, b] = dyad.split('-') as [string, string];
        expect(await postgres.dyadDossier(a, b, 10), dyad).toEqual(await sqlite.dyadDossier(a, b, 10));
      }
    } finally {
      await postgres.close();
      await sqlite.close();
    }

    // Taken back to migration 7 (figures, triggers and the record of migration 8 gone), then
    // migrated again: the backfill computes what the triggers kept.
    const pool = await openPool(database.url, { maxConnections: 1 });
    try {
      const kept = await figures(database.url);
      await pool.query(`DROP TABLE ${FIGURE_TABLES.join(', ')};
        DROP FUNCTION dyad_figures_on_events, dyad_figures_on_participants, dyad_figures_on_roles CASCADE;
        DELETE FROM schema_migrations WHERE version = 8`);
      const progress: number[] = [];
      expect(await migrate(pool, MIGRATIONS, ({ done, total }) => progress.push(done / total))).toEqual([8]);
      expect(progress.at(-1)).toBe(1);
      expect(await figures(database.url)).toEqual(kept);
    } finally {
      await pool.end();
    }
  }, 120_000);
});
