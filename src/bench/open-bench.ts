import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../store/sqlite/migrations/index.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';

/** The migrations a database lacks, as `version (name)`. */
function missingMigrations(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
        (r) => r.version,
      ),
    );
    return MIGRATIONS.filter((m) => !applied.has(m.version)).map((m) => `${m.version} (${m.name})`);
  } finally {
    db.close();
  }
}

/**
 * First open of an existing store by this version (a copy of it, the original stays as it was):
 * the migrations it lacks, their backfills' progress as they run, and the seconds it took.
 */
export async function benchOpen(db: string, write: (line: string) => void): Promise<string> {
  if (!existsSync(db)) throw new Error(`bench open: no database at ${db}`);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-open-'));
  try {
    const copy = join(dir, basename(db));
    copyFileSync(db, copy);
    if (existsSync(`${db}-wal`)) copyFileSync(`${db}-wal`, `${copy}-wal`);
    const missing = missingMigrations(copy);
    write(`migrations to apply: ${missing.join(', ') || 'none'}`);
    const started = performance.now();
    const store = SqliteArticleStore.open(copy, {
      onMigrationProgress: ({ version, name, done, total }) =>
        write(
          `  ${version} (${name}): ${done}/${total} articles, ${((performance.now() - started) / 1000).toFixed(1)} s`,
        ),
    });
    const seconds = (performance.now() - started) / 1000;
    const totals = (await store.stats({})).totals;
    await store.close();
    return [
      `store: ${totals.articles} articles, ${totals.events} events (${db}, opened as a copy)`,
      `first open for writing: ${seconds.toFixed(1)} s (${missing.length} migration(s) applied)`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
