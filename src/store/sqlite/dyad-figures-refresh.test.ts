import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFromSpec, PHONE_CALL_SPEC, type ArticleSpec } from '../test-support/record-fixtures.js';
import { DYAD_FIGURE_QUERIES, DYAD_FIGURE_SOURCE_TABLES } from '../test-support/sqlite-fixtures.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-figures-refresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPECS: ArticleSpec[] = [
  PHONE_CALL_SPEC,
  {
    uri: 'file:aid.txt',
    title: 'Washington promet une aide à Pékin et soutient Hanoï',
    body:
      'WASHINGTON, 2 juin - Le secrétaire d’État Antony Blinken a annoncé que les États-Unis fourniront une aide ' +
      'à la Chine après les inondations, et a salué le Vietnam pour son rôle dans la région, selon un communiqué.',
    published: '2021-06-02',
    persons: [{ name: 'Antony Blinken', country: 'USA', title: 'secrétaire d’État' }],
    events: [
      { type: 'AID', actor: 'USA', recipient: 'CHN' },
      { type: 'SUPPORT', actor: 'USA', recipient: 'VNM' },
    ],
  },
];

/** The dossier figures a backfill (migration 6) computes from the base tables of `path`. */
function backfilledFigures(path: string, name: string): unknown[][] {
  const db = new Database(join(dir, `${name}.db`));
  migrate(db, MIGRATIONS.slice(0, 5));
  db.exec(`ATTACH DATABASE '${path}' AS current`);
  for (const table of DYAD_FIGURE_SOURCE_TABLES)
    db.exec(`INSERT INTO main.${table} SELECT * FROM current.${table}`);
  db.exec('DETACH DATABASE current');
  migrate(db, MIGRATIONS.slice(0, 6));
  const figures = DYAD_FIGURE_QUERIES.map((sql) => db.prepare(sql).all());
  db.close();
  return figures;
}

describe('dossier figures when a copy becomes the original', () => {
  it('equal what a backfill computes from the stored rows', async () => {
    const path = join(dir, 'store.db');
    const store = SqliteArticleStore.open(path);
    const copy = (spec: ArticleSpec, tag: string, published: string | null): ArticleSpec => ({
      ...spec,
      uri: `${spec.uri}.${tag}`,
      body: `${spec.body} Source : ${tag}.`,
      published,
    });
    // Undated reprints first, then the dated originals, then an earlier copy of the first.
    for (const spec of SPECS) await store.storePage(pageFromSpec(copy(spec, 'reprint', null)));
    for (const spec of SPECS) await store.storePage(pageFromSpec(spec));
    await store.storePage(pageFromSpec(copy(SPECS[0]!, 'earlier', '2021-05-28')));
    const kept = DYAD_FIGURE_QUERIES.map((sql) =>
      (store as unknown as { db: Database.Database }).db.prepare(sql).all(),
    );
    expect((await store.stats({})).totals).toMatchObject({ articles: 5, duplicates: 3 });
    await store.close();
    // Dated months only: the undated reprints no longer count, and persons keep their roles.
    expect((kept[0] as Array<{ month: string }>).map((row) => row.month)).not.toContain('');
    expect(kept[2]!.length).toBeGreaterThan(0);
    expect(kept).toEqual(backfilledFigures(path, 'reference'));
  });
});
