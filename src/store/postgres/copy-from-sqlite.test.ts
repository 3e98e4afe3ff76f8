import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../test-support/samples.js';
import { createTestDatabase, postgresAvailable } from '../test-support/postgres-database.js';
import { copySqliteToPostgres } from './copy-from-sqlite.js';
import { postgresScratch } from '../test-support/postgres-scratch.js';

const CLI = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));
const { dir, drops } = postgresScratch('entente-migrate-');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function ok(...args: string[]): string {
  const run = cli(...args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe.runIf(postgresAvailable)('entente migrate (SQLite → PostgreSQL; built CLI)', () => {
  it('copies a store, resuming a run stopped half-way, and exports the same records', async () => {
    expect(existsSync(CLI), `${CLI} missing: run npm run build`).toBe(true);
    const sqlite = join(dir, 'one.db');
    ok('ingest', SAMPLES_DIR, '--exclude', 'expected/**', '--exclude', '*.md', '--db', sqlite, '--quiet');
    const database = await createTestDatabase();
    drops.push(database.drop);

    // A copy that stops in the middle of the articles (as a killed run would) keeps what it committed.
    let chunks = 0;
    await expect(
      copySqliteToPostgres(sqlite, database.url, {
        chunkRows: 10,
        onProgress: ({ table }) => {
          if (table === 'articles' && ++chunks === 3) throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');

    const run = cli('migrate', '--from', sqlite, '--to', database.url);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/copied: every table has the same row count \(resumed an earlier run\)/);
    expect(run.stdout).toMatch(/ {2}articles +(\d+) +\1\n/);
    expect(run.stdout).not.toMatch(/MISMATCH/);
    expect(run.stderr).toMatch(/^events: [\d,]+ \/ [\d,]+ rows \(100%\)$/m);

    const exported = (db: string) =>
      ok('export', '--format', 'jsonl', '--include-duplicates', '--teasers', '--db', db);
    const fromSqlite = exported(sqlite);
    expect(fromSqlite.split('\n').filter(Boolean).length).toBeGreaterThan(20);
    expect(exported(database.url)).toBe(fromSqlite);
    // The search index was built on the way; new articles get ids after the copied ones.
    expect(ok('query', 'ministre', '--db', database.url)).not.toBe('');

    // A second copy into the now full database is refused; so is a copy of another file.
    const again = cli('migrate', '--from', sqlite, '--to', database.url);
    expect(again.status).toBe(0);
    const other = join(dir, 'other.db');
    ok('ingest', join(SAMPLES_DIR, 'html'), '--db', other, '--quiet');
    const refused = cli('migrate', '--from', other, '--to', database.url);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/holds a copy of .*one\.db/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  }, 240_000);

  it('says what is wrong with its arguments', () => {
    const missing = cli('migrate', '--from', join(dir, 'none.db'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/give both --from/);
    const notPg = cli('migrate', '--from', 'a.db', '--to', 'b.db');
    expect(notPg.status).toBe(2);
    expect(notPg.stderr).toMatch(/--to takes a PostgreSQL URL/);
  });
});
