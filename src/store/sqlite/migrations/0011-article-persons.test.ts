import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-11-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VERSION_10_TABLES = ['pages', 'articles', 'entities', 'article_entities'];
const PERSON_ROWS = 'SELECT * FROM article_persons ORDER BY entity_id, day, seq';

describe('migration 11: article persons', () => {
  it('lists by trigger what its backfill lists: each person article once, persons only', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 60, seed: 11, duplicateRate: 0.3 });

    const { db, current } = databaseLeftBySchema(
      join(dir, 'old.db'),
      10,
      currentPath,
      VERSION_10_TABLES,
      (old) => ({
        kept: old.prepare(PERSON_ROWS.replace('FROM article_persons', 'FROM current.article_persons')).all(),
        expected: old
          .prepare(
            `SELECT DISTINCT ae.entity_id, COALESCE(a.day, '') AS day, a.seq FROM current.article_entities ae
           JOIN current.entities e ON e.id = ae.entity_id AND e.type = 'person'
           JOIN current.articles a ON a.id = ae.article_id ORDER BY 1, 2, 3`,
          )
          .all(),
      }),
    );
    const { kept, expected } = current;
    expect(kept.length).toBeGreaterThan(20);
    expect(kept).toEqual(expected);
    expect(migrate(db, MIGRATIONS.slice(0, 11))).toEqual([11]);
    expect(db.prepare(PERSON_ROWS).all()).toEqual(kept);
    db.close();
  });
});
