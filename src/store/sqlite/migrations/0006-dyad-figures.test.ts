import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DYAD_FIGURE_QUERIES,
  DYAD_FIGURE_SOURCE_TABLES,
  storeSyntheticPages,
} from '../../test-support/sqlite-fixtures.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-6-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 6: dyad figures', () => {
  it('keeps by trigger, page after page, the figures its backfill computes from the stored rows', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 80, seed: 11, duplicateRate: 0.3 });

    const { db, current: kept } = databaseLeftBySchema(
      join(dir, 'old.db'),
      5,
      currentPath,
      DYAD_FIGURE_SOURCE_TABLES,
      (old) =>
        DYAD_FIGURE_QUERIES.map((sql) => old.prepare(sql.replace(/FROM (\w+)/, 'FROM current.$1')).all()),
    );
    // The corpus has pairs with several months, stories and acting persons with titles.
    expect(kept.map((rows) => rows.length > 3)).toEqual([true, true, true, true]);

    expect(migrate(db)).toEqual(MIGRATIONS.slice(5).map((migration) => migration.version));
    expect(DYAD_FIGURE_QUERIES.map((sql) => db.prepare(sql).all())).toEqual(kept);
    db.close();
  });
});
