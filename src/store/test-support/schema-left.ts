import Database from 'better-sqlite3';
import { migrate } from '../sqlite/migrate.js';
import { MIGRATIONS } from '../sqlite/migrations/index.js';

/**
 * The database an earlier schema left, for a migration's test: at `path`, migrated through the
 * first `version` migrations, holding `tables` copied as they are from the current store at
 * `currentPath`. `readCurrent` runs while that store is attached as `current` (what its triggers
 * kept, to compare with the migration's backfill); its result comes back beside the database.
 */
export function databaseLeftBySchema<T = undefined>(
  path: string,
  version: number,
  currentPath: string,
  tables: readonly string[],
  readCurrent: (db: Database.Database) => T = () => undefined as T,
): { db: Database.Database; current: T } {
  const db = new Database(path);
  migrate(db, MIGRATIONS.slice(0, version));
  db.exec(`ATTACH DATABASE '${currentPath}' AS current`);
  for (const table of tables) db.exec(`INSERT INTO main.${table} SELECT * FROM current.${table}`);
  const current = readCurrent(db);
  db.exec('DETACH DATABASE current');
  return { db, current };
}
