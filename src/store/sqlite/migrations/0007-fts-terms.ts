import type { Migration } from './migration.js';

/**
 * Document counts per indexed word (an fts5vocab view of the full-text index, no data of its
 * own): a word search estimates from them whether to list its matches and sort them by date, or
 * to walk articles by date and check each.
 */
export const ftsTerms: Migration = {
  version: 7,
  name: 'fts-terms',
  sql: `CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, 'row');`,
};
