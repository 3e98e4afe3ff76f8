import type Database from 'better-sqlite3';
import { searchBody } from '../page-writer/search-body.js';

/**
 * The full-text index whose rowid follows the newest-first order of a search (migration 13): an
 * article's key is its publication day as the number YYYYMMDD (undated: 0) shifted above its `seq`,
 * so `ORDER BY rowid DESC` lists matches by day descending, undated last, then latest stored,
 * as `ORDER BY a.day DESC, a.seq DESC` does for days of years 1000–9999 (a day of an earlier year, which
 * the writer spells with fewer digits, would sort apart) and `seq` below 2^32.
 */
export const FTS_BY_DAY = 'articles_fts_by_day';

/** SQL: the key in `articles_fts_by_day` of the article with ISO `day` (or NULL) and `seq`. */
export function dayKeySql(day: string, seq: string): string {
  return `((COALESCE(CAST(replace(${day}, '-', '') AS INTEGER), 0) << 32) | ${seq})`;
}

/** SQL: the article `seq` a key of `articles_fts_by_day` holds. */
export function seqOfKeySql(key: string): string {
  return `(${key} & 4294967295)`;
}

/**
 * `article_search_body(title, text, second_paragraph_start)`: `searchBody` for SQL, so a backfill
 * indexes what the writer indexed (offsets are UTF-16, as JavaScript slices them).
 */
export function registerSearchBody(db: Database.Database): void {
  db.function(
    'article_search_body',
    { deterministic: true },
    (title: unknown, text: unknown, start: unknown) =>
      typeof text === 'string'
        ? searchBody(
            typeof title === 'string' ? title : null,
            text,
            typeof start === 'number' ? start : undefined,
          )
        : null,
  );
}
