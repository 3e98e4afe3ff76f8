import type Database from 'better-sqlite3';
import { registerSearchBody } from './fts-by-day.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration, MigrationProgress } from './migrations/migration.js';

/** Articles (by `seq`) backfilled per transaction. */
const BACKFILL_BATCH = 5000;

/** Run a migration's backfill from where it stopped, batch after batch, reporting progress. */
function backfill(
  db: Database.Database,
  migration: Migration & { backfill: string },
  onProgress: (progress: MigrationProgress) => void,
): void {
  const { first, last } = db.prepare('SELECT MIN(seq) AS first, MAX(seq) AS last FROM articles').get() as {
    first: number | null;
    last: number | null;
  };
  const marker = db.prepare('SELECT next_seq FROM schema_backfills WHERE version = ?');
  const advance = db.prepare('UPDATE schema_backfills SET next_seq = ? WHERE version = ?');
  const statement = db.prepare(migration.backfill);
  if (first === null || last === null) return;
  const total = last - first + 1;
  let next = Math.max(first, (marker.get(migration.version) as { next_seq: number }).next_seq);
  while (next <= last) {
    const end = Math.min(last, next + BACKFILL_BATCH - 1);
    db.transaction(() => {
      statement.run({ first: next, last: end });
      advance.run(end + 1, migration.version);
    })();
    next = end + 1;
    onProgress({ version: migration.version, name: migration.name, done: next - first, total });
  }
}

/**
 * Apply the migrations a database lacks, each in its own transaction (a backfill in batches of
 * their own, resumed after an interruption); returns the versions applied.
 */
export function migrate(
  db: Database.Database,
  migrations: Migration[] = MIGRATIONS,
  onProgress: (progress: MigrationProgress) => void = () => undefined,
): number[] {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
     CREATE TABLE IF NOT EXISTS schema_backfills (version INTEGER PRIMARY KEY, next_seq INTEGER NOT NULL);`,
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (row) => row.version,
    ),
  );
  const started = new Set(
    (db.prepare('SELECT version FROM schema_backfills').all() as Array<{ version: number }>).map(
      (row) => row.version,
    ),
  );
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
  );
  const done: number[] = [];
  registerSearchBody(db);
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    if (migration.backfill === undefined) {
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(migration.version, migration.name);
      })();
    } else {
      if (!started.has(migration.version)) {
        db.transaction(() => {
          db.exec(migration.sql);
          db.prepare('INSERT INTO schema_backfills (version, next_seq) VALUES (?, 0)').run(migration.version);
        })();
      }
      backfill(db, { ...migration, backfill: migration.backfill }, onProgress);
      db.transaction(() => {
        db.prepare('DELETE FROM schema_backfills WHERE version = ?').run(migration.version);
        record.run(migration.version, migration.name);
      })();
    }
    done.push(migration.version);
  }
  return done;
}
