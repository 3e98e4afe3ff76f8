import type { ArticleFilter } from '../article-store.js';
import { buildFilterSql, type FilterDialect, type FilterSql } from '../filter-sql.js';
import { tsQuery } from './text-search.js';

/** PostgreSQL's side of the filter SQL: text search on `a.fts`, jsonb containment, ILIKE. */
const POSTGRES_DIALECT: FilterDialect = {
  words: (text) => {
    const query = tsQuery(text);
    return { sql: `a.fts @@ (${query.sql})`, params: query.params };
  },
  jsonArrayHolds: (column) => `e.${column}::jsonb @> jsonb_build_array(?::text)`,
  caseInsensitiveLike: 'ILIKE',
  noCondition: 'TRUE',
};

/**
 * The article-level WHERE clause for PostgreSQL (see `buildFilterSql`); event conditions, a pair's
 * too, are an EXISTS per article, which the planner turns into a semi-join as it sees fit.
 */
export function filterSql(filter: ArticleFilter, personIds: number[] | null): FilterSql {
  return buildFilterSql(POSTGRES_DIALECT, filter, personIds, true);
}
