import type { ArticleFilter } from '../article-store.js';
import { buildFilterSql, type FilterDialect, type FilterSql } from '../filter-sql.js';

/**
 * PostgreSQL's side of the filter SQL: text search on `a.fts` against the words' tsquery computed
 * beforehand (`tsQuery`), jsonb containment, ILIKE. The tsquery is bound as a constant, so the
 * planner estimates from the index statistics how many articles match: a common word walks
 * articles newest first and stops at the page, a rare one reads its matches and sorts them.
 */
function postgresDialect(query: string): FilterDialect {
  return {
    words: () => ({ sql: 'a.fts @@ ?::tsquery', params: [query] }),
    jsonArrayHolds: (column) => `e.${column}::jsonb @> jsonb_build_array(?::text)`,
    caseInsensitiveLike: 'ILIKE',
    noCondition: 'TRUE',
    // The pair's article ids as one array: the plan looks them up by id and sorts them, its cost
    // bounded by the pair's size. Walking articles newest first instead stops early when the words
    // and the pair often meet, but reads every match of a common word when they never do (seconds).
    pairArticles: (subquery) => `a.id = ANY(ARRAY(${subquery}))`,
  };
}

/**
 * The article-level WHERE clause for PostgreSQL (see `buildFilterSql`); `query` is the tsquery of
 * `filter.text` (text form). A country pair lists its articles (`pairArticles`); other event
 * conditions are an EXISTS per article, which the planner turns into a semi-join as it sees fit.
 */
export function filterSql(filter: ArticleFilter, personIds: number[] | null, query: string): FilterSql {
  return buildFilterSql(postgresDialect(query), filter, personIds);
}
