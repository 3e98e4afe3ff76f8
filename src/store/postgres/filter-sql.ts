import type { ArticleFilter } from '../article-store.js';
import type { FilterSql } from '../sqlite/filter-sql.js';
import { tsQuery } from './text-search.js';

/**
 * The event-level conditions (country pair, type, quad, mode, context, sector, confidence, both
 * sides known) on `events e`.
 */
function eventConditions(filter: ArticleFilter): { sql: string[]; params: Array<string | number> } {
  const sql: string[] = [];
  const params: Array<string | number> = [];
  const countries = (filter.countries ?? []).map((code) => code.toUpperCase());
  if (countries.length >= 2) {
    sql.push('e.dyad = ?');
    params.push(countries.slice(0, 2).sort().join('-'));
  } else if (countries.length === 1) {
    sql.push("(',' || e.actor_codes || ',' || e.recipient_codes || ',') LIKE ?");
    params.push(`%,${countries[0]},%`);
  }
  if (filter.eventType) {
    sql.push('e.event = ?');
    params.push(filter.eventType.toUpperCase());
  }
  if (filter.quad !== undefined) {
    sql.push('e.quad = ?');
    params.push(filter.quad);
  }
  for (const [column, value] of [
    ['mode', filter.mode],
    ['context', filter.context],
    ['sectors', filter.sector],
  ] as const) {
    if (!value) continue;
    sql.push(`e.${column}::jsonb @> jsonb_build_array(?::text)`);
    params.push(value);
  }
  if (filter.minConfidence !== undefined) {
    sql.push('e.confidence >= ?');
    params.push(filter.minConfidence);
  }
  if (filter.bothSides && countries.length < 2) sql.push('e.dyad IS NOT NULL');
  if (!filter.includeDuplicates) sql.push('e.counted = 1');
  return { sql, params };
}

/**
 * The article-level WHERE clause (`?` placeholders) over `articles a`, as `sqlite/filter-sql.ts`
 * builds it for SQLite; `personIds` are the entity ids the person filter resolved to.
 */
export function filterSql(filter: ArticleFilter, personIds: number[] | null): FilterSql {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.text) {
    const query = tsQuery(filter.text);
    where.push(`a.fts @@ (${query.sql})`);
    params.push(...query.params);
  }
  if (!filter.includeDuplicates) where.push('a.duplicate_of IS NULL');
  if (filter.from) {
    where.push('a.day >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('a.day <= ?');
    params.push(filter.to);
  }
  if (filter.language) {
    where.push('a.language = ?');
    params.push(filter.language);
  }
  if (filter.mainOnly) where.push("a.kind = 'article'");
  if (filter.source) {
    where.push("a.uri ILIKE ? ESCAPE '\\'");
    params.push(`%${filter.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (personIds) {
    where.push(
      `a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN (${personIds.map(() => '?').join(',') || 'NULL'}))`,
    );
    params.push(...personIds);
  }
  if (filter.commitmentStatus) {
    where.push('EXISTS (SELECT 1 FROM commitments c WHERE c.article_id = a.id AND c.status = ?)');
    params.push(filter.commitmentStatus);
  }
  const events = eventConditions(filter);
  const hasEventFilter =
    (filter.countries?.length ?? 0) > 0 ||
    !!filter.eventType ||
    filter.quad !== undefined ||
    !!filter.mode ||
    !!filter.context ||
    !!filter.sector ||
    filter.minConfidence !== undefined;
  if (hasEventFilter) {
    where.push(`EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ${events.sql.join(' AND ')})`);
    params.push(...events.params);
  }
  return {
    where: where.length ? where.join(' AND ') : 'TRUE',
    params,
    eventWhere: events.sql.length ? events.sql.join(' AND ') : 'TRUE',
    eventParams: events.params,
  };
}
