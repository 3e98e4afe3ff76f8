import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../article-store.js';
import { migrate } from './migrate.js';

export interface OpenOptions {
  readonly?: boolean;
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

/** Open (creating and migrating when writable) an Entente SQLite database with WAL. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  try {
    const db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed page survives a killed process; only an OS crash may lose the last ones.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -32768');
      // Checkpoint every ~64 MB of WAL rather than 4 MB: pages rewritten by consecutive batches are copied once.
      db.pragma('wal_autocheckpoint = 16384');
      migrate(db);
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    throw describeDatabaseError(path, error) ?? error;
  }
}
