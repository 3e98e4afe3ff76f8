import pg from 'pg';
import { StoreUnavailableError } from '../article-store.js';
import type { Migration, MigrationProgress } from '../sqlite/migrations/migration.js';
import { MIGRATIONS } from './migrations/index.js';

/** Advisory lock key held while migrating: workers starting together migrate once. */
const MIGRATION_LOCK = 0x656e7401;

/**
 * Advisory lock key held by each transaction that writes a batch of pages (and by each batch of a
 * migration's backfill): writers decide one after the other.
 */
export const WRITER_LOCK = 0x656e7402;

/** Articles (by `seq`) backfilled per transaction. */
const BACKFILL_BATCH = 5000;

export interface OpenOptions {
  /** Read-only use: no migration; an outdated schema is refused. */
  readonly?: boolean;
  /** Connections kept at most (default 10). */
  maxConnections?: number;
  /** Called after each batch of a migration's backfill. */
  onMigrationProgress?: (progress: MigrationProgress) => void;
}

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL URL';
  }
}

/** Counts as numbers (bigint COUNT(*) and BIGSERIAL stay far below 2^53 here), not strings. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** SQL with `?` placeholders (as the SQLite store writes it) numbered `$1…` for PostgreSQL. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A connection failure or a refused schema as the StoreUnavailableError the CLI reports. */
export function describePostgresError(url: string, error: unknown): StoreUnavailableError | null {
  if (error instanceof StoreUnavailableError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code) ||
    code === '3D000' ||
    code === '28P01'
  ) {
    return new StoreUnavailableError(
      `the database ${redactUrl(url)} cannot be opened: ${message}`,
      'CANNOT_OPEN',
    );
  }
  if (code === '25006') {
    return new StoreUnavailableError(`the database ${redactUrl(url)} is read-only: ${message}`, 'READONLY');
  }
  if (code === '53100') {
    return new StoreUnavailableError(`the database ${redactUrl(url)} is full: ${message}`, 'FULL');
  }
  return null;
}

async function appliedVersions(client: pg.ClientBase): Promise<Set<number>> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
     CREATE TABLE IF NOT EXISTS schema_backfills (version INTEGER PRIMARY KEY, next_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL)`,
  );
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => row.version));
}

/** Run `work` in one transaction on `client`. */
async function inTransaction(client: pg.ClientBase, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * A migration with a backfill: its SQL (tables and the triggers that keep them from then on) in a
 * transaction that records the last article stored before it; then the articles up to that one,
 * 5000 at a time, each batch in its own transaction (progress reported; a killed run resumes at the
 * next batch). Both take the writers' lock, so no page is half written when a batch reads.
 */
async function migrateWithBackfill(
  client: pg.ClientBase,
  migration: Migration & { backfill: string },
  onProgress: (progress: MigrationProgress) => void,
): Promise<void> {
  const marker = async () =>
    (
      await client.query<{ next_seq: number; last_seq: number }>(
        'SELECT next_seq, last_seq FROM schema_backfills WHERE version = $1',
        [migration.version],
      )
    ).rows[0];
  if (!(await marker())) {
    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO schema_backfills (version, next_seq, last_seq)
         SELECT $1, COALESCE(MIN(seq), 1), COALESCE(MAX(seq), 0) FROM articles`,
        [migration.version],
      );
    });
  }
  const { next_seq: start, last_seq: last } = (await marker())!;
  const sql = migration.backfill.replaceAll('@first', '$1::bigint').replaceAll('@last', '$2::bigint');
  const first = Math.min(
    start,
    (await client.query<{ first: number | null }>('SELECT MIN(seq) AS first FROM articles')).rows[0]!.first ??
      start,
  );
  for (let next = start; next <= last;) {
    const end = Math.min(last, next + BACKFILL_BATCH - 1);
    await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      await client.query(sql, [next, end]);
      await client.query('UPDATE schema_backfills SET next_seq = $1 WHERE version = $2', [
        end + 1,
        migration.version,
      ]);
    });
    next = end + 1;
    onProgress({
      version: migration.version,
      name: migration.name,
      done: end - first + 1,
      total: last - first + 1,
    });
  }
  await inTransaction(client, async () => {
    await client.query('DELETE FROM schema_backfills WHERE version = $1', [migration.version]);
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
  });
}

/**
 * Apply the migrations the database lacks, each in its own transaction (a backfill in batches of
 * their own, resumed after an interruption); returns the versions applied.
 */
export async function migrate(
  pool: pg.Pool,
  migrations: Migration[] = MIGRATIONS,
  onProgress: (progress: MigrationProgress) => void = () => undefined,
): Promise<number[]> {
  const client = await pool.connect();
  const done: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await appliedVersions(client);
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      if (migration.backfill !== undefined) {
        await migrateWithBackfill(client, { ...migration, backfill: migration.backfill }, onProgress);
      } else {
        await inTransaction(client, async () => {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
        });
      }
      done.push(migration.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return done;
}

async function checkSchemaCurrent(pool: pg.Pool, url: string): Promise<void> {
  const { rows } = await pool
    .query<{ version: number }>(
      "SELECT version FROM schema_migrations WHERE to_regclass('schema_migrations') IS NOT NULL",
    )
    .catch(() => ({ rows: [] as Array<{ version: number }> }));
  const applied = new Set(rows.map((row) => row.version));
  const missing = MIGRATIONS.filter((m) => !applied.has(m.version));
  if (missing.length === 0) return;
  throw new StoreUnavailableError(
    `the database ${redactUrl(url)} lacks schema migration(s) ${missing.map((m) => `${m.version} (${m.name})`).join(', ')} ` +
      '(SCHEMA_OUTDATED): open it once for writing (entente ingest, serve or worker) to migrate it',
    'SCHEMA_OUTDATED',
  );
}

/** A connection pool to the database at `url`, migrated (or, read-only, checked to be current). */
export async function openPool(url: string, options: OpenOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: TYPES,
    // Many short queries at once: compiling a plan (JIT, tens of ms) or splitting one over
    // parallel workers costs more than it saves, and takes cores from the other connections.
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    if (options.readonly) await checkSchemaCurrent(pool, url);
    else await migrate(pool, MIGRATIONS, options.onMigrationProgress);
    return pool;
  } catch (error) {
    await pool.end();
    throw describePostgresError(url, error) ?? error;
  }
}
