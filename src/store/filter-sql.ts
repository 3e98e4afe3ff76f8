import type { ArticleFilter } from './article-store.js';

/** A WHERE clause over `articles a` and its bound parameters (`?` placeholders). */
export interface FilterSql {
  where: string;
  params: Array<string | number>;
  /** Conditions on `events e` alone, for event-level output. */
  eventWhere: string;
  eventParams: Array<string | number>;
}

/** What differs between the SQL of the two back ends; the filter's logic is the same. */
export interface FilterDialect {
  /** The condition on `a` that its title or body holds every word of `text`. */
  words(text: string): { sql: string; params: Array<string | number> };
  /** The condition that the JSON array in `e.<column>` holds the bound `?` string. */
  jsonArrayHolds(column: string): string;
  /** The operator matching the source address without regard to case (`LIKE` in SQLite is so already). */
  caseInsensitiveLike: string;
  /** The SQL for "no condition". */
  noCondition: string;
  /**
   * Hide `e.event` from the planner when articles are walked by date and their events probed by
   * key (SQLite would otherwise pick the type index); none in PostgreSQL.
   */
  probeEventType?: (condition: string) => string;
  /**
   * The condition that `a` is one of the articles `subquery` lists (a country pair's): `a.id IN
   * (…)` unless the dialect says how to make those articles the driver of the plan.
   */
  pairArticles?: (subquery: string) => string;
  /**
   * Appended to a per-article probe: SQLite's ` LIMIT 1` keeps it a correlated subquery checked for
   * each article walked, rather than a join with a Bloom filter built over the whole probed table.
   */
  probeSuffix?: string;
}

/**
 * The event-level conditions (country pair, type, quad, mode, context, sector, confidence, both
 * sides known) on `events e`.
 */
function eventConditions(
  dialect: FilterDialect,
  filter: ArticleFilter,
): { sql: string[]; params: Array<string | number> } {
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
    sql.push(dialect.jsonArrayHolds(column));
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
 * The article-level WHERE clause over `articles a` in a back end's dialect; `personIds` are the
 * entity ids the person filter resolved to (null: no person condition). `probeEvents`: check each
 * article's events for the event conditions, a country pair too (when articles come in pair order,
 * from SQLite's `article_dyads`).
 */
export function buildFilterSql(
  dialect: FilterDialect,
  filter: ArticleFilter,
  personIds: number[] | null,
  probeEvents = false,
): FilterSql {
  const limit = dialect.probeSuffix ?? '';
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.text) {
    const words = dialect.words(filter.text);
    where.push(words.sql);
    params.push(...words.params);
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
    where.push(`a.uri ${dialect.caseInsensitiveLike} ? ESCAPE '\\'`);
    params.push(`%${filter.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (personIds) {
    const ids = personIds.map(() => '?').join(',') || 'NULL';
    where.push(`a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN (${ids}))`);
    params.push(...personIds);
  }
  if (filter.commitmentStatus) {
    where.push(`EXISTS (SELECT 1 FROM commitments c WHERE c.article_id = a.id AND c.status = ?${limit})`);
    params.push(filter.commitmentStatus);
  }
  const events = eventConditions(dialect, filter);
  const hasEventFilter =
    (filter.countries?.length ?? 0) > 0 ||
    !!filter.eventType ||
    filter.quad !== undefined ||
    !!filter.mode ||
    !!filter.context ||
    !!filter.sector ||
    filter.minConfidence !== undefined;
  if (hasEventFilter) {
    if ((filter.countries?.length ?? 0) >= 2 && !probeEvents) {
      // A country pair is selective: drive from the events' dyad index.
      const subquery = `SELECT e.article_id FROM events e WHERE ${events.sql.join(' AND ')}`;
      where.push(dialect.pairArticles ? dialect.pairArticles(subquery) : `a.id IN (${subquery})`);
    } else {
      // Otherwise walk articles newest first and probe their events by primary key, stopping at
      // the limit.
      const probe = dialect.probeEventType ? events.sql.map(dialect.probeEventType) : events.sql;
      where.push(
        `EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ${probe.join(' AND ')}${limit})`,
      );
    }
    params.push(...events.params);
  }
  return {
    where: where.length ? where.join(' AND ') : dialect.noCondition,
    params,
    eventWhere: events.sql.length ? events.sql.join(' AND ') : dialect.noCondition,
    eventParams: events.params,
  };
}
