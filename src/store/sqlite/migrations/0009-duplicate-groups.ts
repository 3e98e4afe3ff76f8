import type { Migration } from './migration.js';

/**
 * The copies of each original, found without reading every article: the article page lists them,
 * and a dated (or earlier) copy that becomes the original takes them over (`PageWriter`).
 */
export const duplicateGroups: Migration = {
  version: 9,
  name: 'duplicate-groups',
  sql: 'CREATE INDEX articles_duplicate_of ON articles(duplicate_of, seq) WHERE duplicate_of IS NOT NULL;',
};
