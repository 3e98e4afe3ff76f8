import pg from 'pg';
import { StoreUnavailableError } from '../article-store.js';
import type { Migration } from '../sqlite/migrations/migration.js';
import { MIGRATIONS } from './migrations/index.js';

/** Advisory lock key held while migrating: workers starting together migrate once. */
const MIGRATION_LOCK = 0x656e7401;

export interface OpenOptions {
  /** Read-only use: no migration; an outdated schema is refused. */
  readonly?: boolean;
  /** Connections kept at most (default 10). */
  maxConnections?: number;
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
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
  );
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => row.version));
}

/** Apply the migrations the database lacks, each in its own transaction; returns the versions applied. */
export async function migrate(pool: pg.Pool, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const done: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await appliedVersions(client);
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
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
    else await migrate(pool);
    return pool;
  } catch (error) {
    await pool.end();
    throw describePostgresError(url, error) ?? error;
  }
}
