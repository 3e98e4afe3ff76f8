import type { Migration } from '../../sqlite/migrations/migration.js';

/** The copies of each original (as SQLite's migration 9): the article page and promotions read them. */
export const duplicateGroups: Migration = {
  version: 6,
  name: 'duplicate-groups',
  sql: 'CREATE INDEX articles_duplicate_of ON articles(duplicate_of, seq) WHERE duplicate_of IS NOT NULL;',
};
