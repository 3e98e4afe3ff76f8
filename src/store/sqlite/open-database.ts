import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../article-store.js';
import { refreshDossierTexts } from './dyad-dossier-text.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { MigrationProgress } from './migrations/migration.js';

export interface OpenOptions {
  readonly?: boolean;
  /** Called after each batch of a migration's backfill (a large store takes a while to migrate). */
  onMigrationProgress?: (progress: MigrationProgress) => void;
}

const UNAVAILABLE_CODES: Record<string, string> = {
  SQLITE_READONLY: 'is read-only (check the file and folder permissions, or the disk is mounted read-only)',
  SQLITE_READONLY_DBMOVED: 'was moved or deleted while open',
  SQLITE_FULL: 'cannot grow: the disk is full',
  SQLITE_IOERR: 'hit an I/O error (disk failing or full)',
  SQLITE_CANTOPEN: 'cannot be opened (missing folder or no permission)',
  SQLITE_NOTADB: 'is not an SQLite database',
  SQLITE_CORRUPT: 'is corrupt',
  SQLITE_BUSY: 'is locked by another process',
};

/** A clear StoreUnavailableError for database-level failures, or null for other errors. */
export function describeDatabaseError(path: string, error: unknown): StoreUnavailableError | null {
  let code = (error as { code?: unknown }).code;
  // better-sqlite3 checks the folder itself and throws a TypeError without an SQLite code.
  if (code === undefined && /^Cannot open database/.test((error as Error).message ?? ''))
    code = 'SQLITE_CANTOPEN';
  if (typeof code !== 'string') return null;
  const known = Object.keys(UNAVAILABLE_CODES).find(
    (prefix) => code === prefix || code.startsWith(`${prefix}_`),
  );
  if (!known) return null;
  return new StoreUnavailableError(
    `the database ${path} ${UNAVAILABLE_CODES[known]} (${code}): ${(error as Error).message}`,
    code,
  );
}

/**
 * Fail early when a database opened read-only lacks migrations: it cannot be migrated then, and
 * queries would otherwise fail later on a missing table or index.
 */
function checkSchemaCurrent(db: Database.Database, path: string): void {
  const tracked = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  const applied = new Set(
    tracked
      ? (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
          (row) => row.version,
        )
      : [],
  );
  const missing = MIGRATIONS.filter((migration) => !applied.has(migration.version));
  if (missing.length === 0) return;
  const names = missing.map((migration) => `${migration.version} (${migration.name})`).join(', ');
  const origin = tracked ? 'it was written by an older Entente' : 'it has no Entente schema yet';
  throw new StoreUnavailableError(
    `the database ${path} lacks schema migration(s) ${names} (SCHEMA_OUTDATED): ${origin}, and a ` +
      'read-only open cannot migrate it; open it once for writing, which migrates it, e.g. ' +
      `\`entente serve --db ${path}\` or \`entente ingest <sources…> --db ${path}\``,
    'SCHEMA_OUTDATED',
  );
}

/** Open (creating and migrating when writable) an Entente SQLite database with WAL. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    // First, so that setting WAL up and migrating wait for another writer too.
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed page survives a killed process; only an OS crash may lose the last ones.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -32768');
      // Sorts and DISTINCTs of the writer's look-ups stay in memory instead of creating temp files.
      db.pragma('temp_store = MEMORY');
      // Checkpoint every ~64 MB of WAL rather than 4 MB: pages rewritten by consecutive batches are copied once.
      db.pragma('wal_autocheckpoint = 16384');
      migrate(db, MIGRATIONS, options.onMigrationProgress);
      // Pairs a migration or a copy by SQL alone (bench grow) left stale get their text now.
      refreshDossierTexts(db);
    }
    if (options.readonly) {
      checkSchemaCurrent(db, path);
      // A reader sorts a search's candidates in memory and keeps its hot pages (the default is 2 MB).
      db.pragma('cache_size = -32768');
      db.pragma('temp_store = MEMORY');
    }
    return db;
  } catch (error) {
    db?.close();
    throw describeDatabaseError(path, error) ?? error;
  }
}
