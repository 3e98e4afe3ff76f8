import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { dyadFiguresRefresher } from '../dyad-figures-refresh.js';
import { migrate } from '../migrate.js';
import { MIGRATIONS } from './index.js';
import { databaseLeftBySchema } from '../../test-support/schema-left.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-12-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The totals as migration 12 keeps them, in a stable order. */
const KEPT = [
  'SELECT * FROM dyad_month_quads ORDER BY dyad, month',
  'SELECT * FROM dyad_types ORDER BY dyad, event, quad',
  'SELECT * FROM commitment_counts ORDER BY scope, code',
];
/** The same totals counted from the rows they are kept from. */
const COUNTED = [
  `SELECT dyad, month, SUM((quad = 1) * events) AS quad1, SUM((quad = 2) * events) AS quad2,
     SUM((quad = 3) * events) AS quad3, SUM((quad = 4) * events) AS quad4
   FROM dyad_months WHERE month <> '' GROUP BY dyad, month ORDER BY dyad, month`,
  'SELECT dyad, event, quad, SUM(events) AS events FROM dyad_months GROUP BY dyad, event, quad ORDER BY dyad, event, quad',
  `SELECT scope, code, COUNT(*) AS commitments FROM (
     SELECT 'pair' AS scope, dyad AS code FROM commitments WHERE dyad IS NOT NULL
     UNION ALL SELECT 'undirected', by_code FROM commitments WHERE to_code IS NULL AND by_code IS NOT NULL)
   GROUP BY scope, code ORDER BY scope, code`,
];

const rows = (db: Database.Database, queries: string[]) => queries.map((sql) => db.prepare(sql).all());

describe('migration 12: dossier totals', () => {
  it('keeps by trigger, as pages arrive and pairs are computed again, the totals its backfill counts', async () => {
    const currentPath = join(dir, 'current.db');
    await storeSyntheticPages(currentPath, { pages: 80, seed: 12, duplicateRate: 0.3 });
    const current = new Database(currentPath);
    const counted = rows(current, COUNTED);
    // The corpus has pairs with several months and types, and commitments of both kinds.
    expect(counted.map((found) => found.length > 3)).toEqual([true, true, true]);
    expect(rows(current, KEPT)).toEqual(counted);
    // A pair's figures deleted and written again (as when a copy becomes the original) keep them.
    const dyads = current.prepare('SELECT DISTINCT dyad FROM dyad_months').pluck().all() as string[];
    current.transaction(() => dyadFiguresRefresher(current)(dyads))();
    current.prepare("UPDATE commitments SET by_code = 'ZZZ', to_code = NULL WHERE rowid = 1").run();
    const recounted = rows(current, COUNTED);
    expect(rows(current, KEPT)).toEqual(recounted);
    expect(recounted.slice(0, 2)).toEqual(counted.slice(0, 2));
    current.close();

    const { db } = databaseLeftBySchema(join(dir, 'old.db'), 11, currentPath, ['dyad_months', 'commitments']);
    expect(migrate(db, MIGRATIONS.slice(0, 12))).toEqual([12]);
    expect(rows(db, KEPT)).toEqual(recounted);
    db.close();
  });
});
