import { FTS_BY_DAY } from '../fts-by-day.js';
import { FILL_KEYS } from '../fts-by-day-fill.js';
import type { Migration } from './migration.js';

/**
 * A second full-text index of the articles, keyed in newest-first order (`fts-by-day.ts`): a word
 * search reads its matches newest first and stops at the page, where it counted the matches in
 * `articles_fts` (keyed by `seq`) to choose a plan and walked the date index against their list
 * (~1–3 ms at 400k articles). `articles_fts` stays for the other plans and relevance (bm25 over the
 * newest stored matches). The writer adds each article to both; an article's day never changes.
 *
 * The migration only creates the index (empty) and the fill's marks in `store_meta`: indexing the
 * articles already stored (~90 s of CPU at 400k) is done after open, batch by batch
 * (`fts-by-day-fill.ts`), and searches keep the plans of `articles_fts` until its flag says complete.
 */
export const ftsByDay: Migration = {
  version: 13,
  name: 'fts-by-day',
  sql: `CREATE VIRTUAL TABLE ${FTS_BY_DAY} USING fts5(
  title, body, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO store_meta (key, value) SELECT '${FILL_KEYS.next}', COALESCE(MIN(seq), 1) FROM articles;
INSERT INTO store_meta (key, value) SELECT '${FILL_KEYS.last}', COALESCE(MAX(seq), 0) FROM articles;
INSERT INTO store_meta (key, value)
  SELECT '${FILL_KEYS.complete}', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN 0 ELSE 1 END;`,
};
