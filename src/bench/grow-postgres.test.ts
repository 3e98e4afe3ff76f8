import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PostgresArticleStore } from '../store/postgres/postgres-store.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { createTestDatabase, postgresAvailable } from '../store/test-support/postgres-database.js';
import { storeSyntheticPages } from '../store/test-support/sqlite-fixtures.js';
import { postgresScratch } from '../store/test-support/postgres-scratch.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const { dir, drops } = postgresScratch('entente-grow-postgres-');

describe.runIf(postgresAvailable)('entente bench grow --to postgres://… (built CLI)', () => {
  it('copies the seed store, then its rows twice more inside PostgreSQL, with dossier figures', async () => {
    expect(existsSync(CLI), `${CLI} missing: run npm run build`).toBe(true);
    const seedPath = join(dir, 'seed.db');
    await storeSyntheticPages(seedPath, { pages: 24, seed: 5, duplicateRate: 0.3 });
    const seed = SqliteArticleStore.open(seedPath, { readonly: true });
    const seedTotals = (await seed.stats({})).totals;
    const [busiest] = (await seed.stats({})).byDyad;
    const [a, b] = busiest!.key.split('-') as [string, string];
    const seedDossier = await seed.dyadDossier(a, b, 5);
    await seed.close();

    const database = await createTestDatabase();
    drops.push(database.drop);
    const run = spawnSync(
      process.execPath,
      [
        CLI,
        'bench',
        'grow',
        '--from',
        seedPath,
        '--to',
        database.url,
        '--articles',
        String(3 * seedTotals.articles),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/copy 2\/2: /);
    expect(run.stdout).toContain(`grown store: ${3 * seedTotals.articles} articles`);

    // Migrated to the current schema (a read-only open refuses anything else), three times the seed.
    const grown = await PostgresArticleStore.open(database.url, { readonly: true });
    try {
      expect((await grown.stats({})).totals).toMatchObject({
        pages: 3 * seedTotals.pages,
        articles: 3 * seedTotals.articles,
        duplicates: 3 * seedTotals.duplicates,
        events: 3 * seedTotals.events,
      });
      // The copies went through the dossier triggers: each pair's figures three times the seed's,
      // their months moved back one and two months.
      const dossier = await grown.dyadDossier(a, b, 5);
      expect(dossier.totals.events).toBe(3 * seedDossier.totals.events);
      expect(dossier.byType).toEqual(seedDossier.byType.map((row) => ({ ...row, count: 3 * row.count })));
      expect(dossier.persons.map((person) => [person.name, person.events])).toEqual(
        seedDossier.persons.map((person) => [person.name, 3 * person.events]),
      );
      expect(dossier.listTotals.stories).toBe(3 * seedDossier.listTotals.stories);
      const months = new Set(dossier.byMonth.map((row) => row.month));
      for (const { month } of seedDossier.byMonth) {
        const earlier = (back: number) => {
          const [year, m] = month.split('-').map(Number) as [number, number];
          const date = new Date(Date.UTC(year, m - 1 - back, 1));
          return date.toISOString().slice(0, 7);
        };
        expect(
          [month, earlier(1), earlier(2)].every((key) => months.has(key)),
          month,
        ).toBe(true);
      }
      // The copies are searchable: their search vectors were copied.
      expect(
        (await grown.searchArticles({ text: 'coopération', limit: 500 })).some((hit) =>
          hit.id.endsWith('~2'),
        ),
      ).toBe(true);
    } finally {
      await grown.close();
    }
  }, 240_000);
});
