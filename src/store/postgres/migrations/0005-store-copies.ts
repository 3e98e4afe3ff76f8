import type { Migration } from '../../sqlite/migrations/migration.js';

/**
 * How far `entente migrate` copied each table of a SQLite store: a killed copy resumes after the
 * last chunk it committed (`position`: the JSON key of the last row copied, its rowid or its
 * primary key), and a copy of another file is refused.
 */
export const storeCopies: Migration = {
  version: 5,
  name: 'store-copies',
  sql: `
CREATE TABLE store_copies (
  table_name TEXT COLLATE "C" PRIMARY KEY,
  source TEXT NOT NULL,
  position TEXT NOT NULL
);
`,
};
