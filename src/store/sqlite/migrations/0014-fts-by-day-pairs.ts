import { FTS_BY_DAY } from '../fts-by-day.js';
import { FILL_KEYS } from '../fts-by-day-fill.js';
import type { Migration } from './migration.js';

/**
 * Migration 13's index again, with a third column, `pairs`: a token per country pair of the
 * article's events (`pairToken`), so a words + pair search is one full-text query whose two lists
 * FTS5 intersects newest first, seeking in the longer one, and stops at the page. Before it, the
 * search walked the pair's articles against the words' whole match list, read (and counted) on
 * every request: up to ~1.6 ms at 400k articles whenever the words are common.
 *
 * Like migration 13 it only creates the index, empty, and sets the fill's marks back to the first
 * and last stored article: the articles are indexed after open (`fts-by-day-fill.ts`), and
 * searches keep the plans before migration 13 until the fill's flag says complete. The fill then
 * merges the segments its batches left (`merged` flag), a step at a time.
 */
export const ftsByDayPairs: Migration = {
  version: 14,
  name: 'fts-by-day-pairs',
  sql: `DROP TABLE IF EXISTS ${FTS_BY_DAY};
CREATE VIRTUAL TABLE ${FTS_BY_DAY} USING fts5(
  title, body, pairs, content='', tokenize='unicode61 remove_diacritics 2'
);
UPDATE store_meta SET value = (SELECT COALESCE(MIN(seq), 1) FROM articles) WHERE key = '${FILL_KEYS.next}';
UPDATE store_meta SET value = (SELECT COALESCE(MAX(seq), 0) FROM articles) WHERE key = '${FILL_KEYS.last}';
UPDATE store_meta SET value = CASE WHEN EXISTS (SELECT 1 FROM articles) THEN 0 ELSE 1 END
  WHERE key = '${FILL_KEYS.complete}';
INSERT OR REPLACE INTO store_meta (key, value)
  SELECT '${FILL_KEYS.merged}', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN 0 ELSE 1 END;`,
};
