import type { ArticleFilter } from '../article-store.js';
import { buildFilterSql, type FilterDialect, type FilterSql } from '../filter-sql.js';

export type { FilterSql } from '../filter-sql.js';

/** Words of a free-text query as an FTS5 expression of quoted terms (all required). */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((word) => `"${word}"`).join(' ') : null;
}

/** SQLite's side of the filter SQL: FTS5, `json_each`, `1` for true. */
const SQLITE_DIALECT: FilterDialect = {
  words: (text) => ({
    sql: 'a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
    params: [ftsQuery(text) ?? '""'],
  }),
  jsonArrayHolds: (column) => `EXISTS (SELECT 1 FROM json_each(e.${column}) WHERE value = ?)`,
  caseInsensitiveLike: 'LIKE',
  noCondition: '1',
  // Unary + keeps SQLite off the type index while it probes an article's events by key.
  probeEventType: (condition) => condition.replace(/^e\.event = /, '+e.event = '),
  probeSuffix: ' LIMIT 1',
};

/** The article-level WHERE clause for SQLite (see `buildFilterSql`). */
export function filterSql(filter: ArticleFilter, personIds: number[] | null, probeEvents = false): FilterSql {
  return buildFilterSql(SQLITE_DIALECT, filter, personIds, probeEvents);
}
