import type { ArticleFilter } from '../article-store.js';

/** A WHERE clause over `articles a` and its bound parameters. */
export interface FilterSql {
  where: string;
  params: Array<string | number>;
  /** Conditions on `events e` alone, for event-level output. */
  eventWhere: string;
  eventParams: Array<string | number>;
}

/** Words of a free-text query as an FTS5 expression of quoted terms (all required). */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((word) => `"${word}"`).join(' ') : null;
}

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
    sql.push(`EXISTS (SELECT 1 FROM json_each(e.${column}) WHERE value = ?)`);
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
 * Build the article-level WHERE clause; `personIds` are the entity ids the person filter resolved
 * to. `probePersons`: check each article for them (a common person, articles walked by date)
 * instead of listing their articles first (a rare one). `probeEvents`: check each article's events
 * for the event conditions, a country pair too (articles come in pair order from `article_dyads`).
 */
export function filterSql(
  filter: ArticleFilter,
  personIds: number[] | null,
  probePersons = false,
  probeEvents = false,
): FilterSql {
  const where: string[] = [];
  const params: Array<string | number> = [];
  const fts = filter.text ? ftsQuery(filter.text) : null;
  if (filter.text) {
    where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(fts ?? '""');
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
    where.push("a.uri LIKE ? ESCAPE '\\'");
    params.push(`%${filter.source.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  // Probes end in LIMIT 1: a correlated subquery, checked for each article walked, rather than an
  // EXISTS the planner turns into a join and a Bloom filter built over the whole probed table.
  if (personIds) {
    const ids = personIds.map(() => '?').join(',') || 'NULL';
    where.push(
      probePersons
        ? `EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id IN (${ids}) LIMIT 1)`
        : `a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN (${ids}))`,
    );
    params.push(...personIds);
  }
  if (filter.commitmentStatus) {
    where.push('EXISTS (SELECT 1 FROM commitments c WHERE c.article_id = a.id AND c.status = ? LIMIT 1)');
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
    if ((filter.countries?.length ?? 0) >= 2 && !probeEvents) {
      // A country pair is selective: drive from the events' dyad index.
      where.push(`a.id IN (SELECT e.article_id FROM events e WHERE ${events.sql.join(' AND ')})`);
    } else {
      // Otherwise walk articles newest first and probe their events by primary key (unary + keeps
      // SQLite off the type index), stopping at the limit.
      const probe = events.sql.map((condition) => condition.replace(/^e\.event = /, '+e.event = '));
      where.push(
        `EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ${probe.join(' AND ')} LIMIT 1)`,
      );
    }
    params.push(...events.params);
  }
  return {
    where: where.length ? where.join(' AND ') : '1',
    params,
    eventWhere: events.sql.length ? events.sql.join(' AND ') : '1',
    eventParams: events.params,
  };
}
