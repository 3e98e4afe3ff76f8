import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../records/article.js';
import { createTestDatabase, postgresAvailable } from '../store/test-support/postgres-database.js';
import { SEEDS_DIR, seedsAvailable } from '../test-support/seeds.js';
import { SAMPLES_DIR } from '../test-support/samples.js';
import { postgresScratch } from '../store/test-support/postgres-scratch.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const { dir, drops } = postgresScratch('entente-workers-');

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

interface StoredLinks {
  id: string;
  story_id: string | null;
  duplicate_of: string | null;
}
const LINKS_SQL = 'SELECT id, story_id, duplicate_of FROM articles ORDER BY id';

function worker(db: string): ChildProcess {
  return spawn(process.execPath, [CLI, 'worker', '--db', db, '--exit-when-idle', '--quiet'], {
    stdio: 'ignore',
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Record ids, their story and the analysis of their events; commitment statuses depend on storage order. */
function comparable(jsonl: string): Map<string, unknown> {
  const records = jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ArticleRecord);
  return new Map(
    records.map((record) => [
      record.id,
      {
        story: record.story,
        events: record.events.map((event) => ({
          ...event,
          commitment: event.commitment ? { ...event.commitment, status: null } : null,
        })),
      },
    ]),
  );
}

describe.runIf(postgresAvailable)('entente enqueue + worker (built CLI; `npm test` builds first)', () => {
  it('three workers, one killed mid-run, store what one SQLite ingest stores (records, events, stories, duplicates), once, retrying the killed jobs', async () => {
    expect(existsSync(CLI), `${CLI} missing: run npm run build`).toBe(true);
    if (!seedsAvailable && process.env.CI === 'true')
      throw new Error(`../shared/seeds missing at ${SEEDS_DIR}`);
    const sources = [SAMPLES_DIR, ...(seedsAvailable ? [SEEDS_DIR] : [])];
    const filters = ['--exclude', 'expected/**', '--exclude', '*.md'];

    const sqlite = join(dir, 'one.db');
    cli('ingest', ...sources, ...filters, '--db', sqlite, '--quiet');
    const expected = comparable(cli('export', '--format', 'jsonl', '--include-duplicates', '--db', sqlite));

    const database = await createTestDatabase();
    drops.push(database.drop);
    const db = database.url;
    cli('enqueue', ...sources, ...filters, '--db', db, '--job-timeout', '6');
    const client = new pg.Client(db);
    await client.connect();
    try {
      const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
      const workers = [worker(db), worker(db), worker(db)];
      // Kill one as soon as pages are being stored: the jobs it held stay active until they expire.
      while ((await count('SELECT COUNT(*) AS n FROM pages')) < 3)
        await new Promise((r) => setTimeout(r, 100));
      workers[0]!.kill('SIGKILL');
      await exited(workers[0]!);
      const activeAtKill = (
        await client.query<{ id: string }>("SELECT id FROM pgboss.job WHERE state = 'active'")
      ).rows.map((row) => row.id);
      expect(await Promise.all(workers.slice(1).map(exited))).toEqual([0, 0]);

      const exportedPg = cli('export', '--format', 'jsonl', '--include-duplicates', '--db', db);
      const actual = comparable(exportedPg);
      expect(exportedPg.split('\n').filter(Boolean)).toHaveLength(actual.size);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, record] of expected) expect(actual.get(id), id).toEqual(record);
      // Stories (ids and members) and near-duplicate links as the single SQLite writer stored them.
      const stored = (rows: StoredLinks[]) =>
        rows.map((row) => `${row.id} ${row.story_id} ${row.duplicate_of}`);
      const one = new Database(sqlite, { readonly: true });
      try {
        const expectedLinks = stored(one.prepare(LINKS_SQL).all() as StoredLinks[]);
        expect(expectedLinks.some((row) => !row.endsWith(' null'))).toBe(true);
        expect(stored((await client.query<StoredLinks>(LINKS_SQL)).rows)).toEqual(expectedLinks);
      } finally {
        one.close();
      }

      expect(
        await count("SELECT COUNT(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"),
      ).toBe(0);
      // The jobs running when the worker was killed (its own among them) all ended completed: the
      // killed worker's job expired and was retried by another worker.
      const atKill = await client.query<{ state: string }>(
        'SELECT state FROM pgboss.job WHERE id = ANY($1::uuid[])',
        [activeAtKill],
      );
      expect(atKill.rows.map((row) => row.state)).toEqual(activeAtKill.map(() => 'completed'));
    } finally {
      await client.end();
    }
  }, 240_000);
});
