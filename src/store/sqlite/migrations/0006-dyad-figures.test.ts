import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPages } from '../../../bench/synthetic-pages.js';
import { analyzePage } from '../../../ingest/analyze-page.js';
import { migrate } from '../migrate.js';
import { SqliteArticleStore } from '../sqlite-store.js';
import { MIGRATIONS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-6-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tables the backfill reads, copied as they are into a database that stopped at version 5. */
const VERSION_5_TABLES = [
  'pages',
  'articles',
  'entities',
  'article_entities',
  'events',
  'event_participants',
  'entity_roles',
];
const FIGURES = [
  'SELECT * FROM dyad_months ORDER BY dyad, month, event, quad',
  'SELECT * FROM dyad_stories ORDER BY dyad, story_id',
  'SELECT * FROM dyad_persons ORDER BY dyad, entity_id',
  'SELECT dyad, entity_id, title, last_day FROM dyad_person_roles ORDER BY dyad, entity_id, title',
];

describe('migration 6: dyad figures', () => {
  it('keeps by trigger, page after page, the figures its backfill computes from the stored rows', async () => {
    const currentPath = join(dir, 'current.db');
    const store = SqliteArticleStore.open(currentPath);
    for (const page of syntheticPages({ pages: 80, seed: 11, duplicateRate: 0.3 })) {
      const { records, signatures } = analyzePage(page, 1 << 22);
      await store.storePage({
        sha256: page.sha256,
        uri: page.uri,
        origin: page.uri,
        format: 'html',
        byteLength: page.bytes.length,
        records,
        signatures,
      });
    }
    await store.close();

    const db = new Database(join(dir, 'old.db'));
    migrate(db, MIGRATIONS.slice(0, 5));
    db.exec(`ATTACH DATABASE '${currentPath}' AS current`);
    for (const table of VERSION_5_TABLES) db.exec(`INSERT INTO main.${table} SELECT * FROM current.${table}`);
    const kept = FIGURES.map((sql) => db.prepare(sql.replace(/FROM (\w+)/, 'FROM current.$1')).all());
    db.exec('DETACH DATABASE current');
    // The corpus has pairs with several months, stories and acting persons with titles.
    expect(kept.map((rows) => rows.length > 3)).toEqual([true, true, true, true]);

    expect(migrate(db)).toEqual(MIGRATIONS.slice(5).map((migration) => migration.version));
    expect(FIGURES.map((sql) => db.prepare(sql).all())).toEqual(kept);
    db.close();
  });
});
