import { existsSync } from 'node:fs';
import { StoreUnavailableError, type ArticleStore } from './article-store.js';
import { isPostgresUrl, redactUrl } from './postgres/open-database.js';
import { PostgresArticleStore } from './postgres/postgres-store.js';
import { PooledReadStore } from './pooled-read-store.js';
import { SqliteReadPool } from './sqlite/read-pool.js';
import type { MigrationProgress } from './sqlite/migrations/migration.js';
import { SqliteArticleStore } from './sqlite/sqlite-store.js';

export interface OpenStoreOptions {
  /** Read-only use: no migration, an outdated schema is refused. */
  readonly?: boolean;
  /** PostgreSQL connections kept at most. */
  maxConnections?: number;
  /**
   * SQLite: read through this many worker threads, each with its own read-only connection (the
   * API server: one slow query no longer queues the others). PostgreSQL pools connections itself.
   */
  readers?: number;
}

/** Open the store a `--db` value names: a `postgres://` URL means PostgreSQL, anything else a SQLite file. */
export async function openStore(db: string, options: OpenStoreOptions = {}): Promise<ArticleStore> {
  const onMigrationProgress = ({ version, name, done, total }: MigrationProgress) =>
    process.stderr.write(
      `migrating ${isPostgresUrl(db) ? redactUrl(db) : db}: ${version} (${name}) ${done}/${total} articles, ${Math.floor((100 * done) / total)}%\n`,
    );
  if (isPostgresUrl(db)) {
    return PostgresArticleStore.open(db, {
      readonly: options.readonly ?? false,
      ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
      onMigrationProgress,
    });
  }
  if (options.readonly && !existsSync(db)) {
    throw new StoreUnavailableError(
      `no database at ${db}: run \`entente ingest <sources…> --db ${db}\` first`,
      'MISSING',
    );
  }
  const store = SqliteArticleStore.open(db, {
    readonly: options.readonly ?? false,
    onMigrationProgress,
  });
  if (!options.readers) return store;
  try {
    return new PooledReadStore(store, await SqliteReadPool.open(db, options.readers));
  } catch (error) {
    await store.close();
    throw error;
  }
}
