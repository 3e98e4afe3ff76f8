import { createHash } from 'node:crypto';
import type pg from 'pg';
import { nameKey } from '../../dedupe/name-keys.js';
import type { ArticleRecord } from '../../records/article.js';
import type {
  ArticleFilter,
  ArticleHit,
  DuplicateGroup,
  ArticleStore,
  CommitmentRefresh,
  CommitmentRow,
  CommitmentStatus,
  CountRow,
  Dossier,
  EntitySummary,
  EventRow,
  IngestError,
  PageToStore,
  RoleSpell,
  SourceState,
  StorePageResult,
  StoreStats,
  StoreTotals,
  Watchlist,
  WatchlistEvent,
} from '../article-store.js';
import {
  COMMITMENT_REFRESH_SQL,
  refreshSummary,
  statusChanges,
  type DueCommitment,
} from '../commitment-statuses.js';
import { PageWriter } from '../page-writer/page-writer.js';
import { DIGEST_QUERIES } from '../content-digest.js';
import { ARTICLE_ROW_COLUMNS, hitFromRow, type ArticleRow } from '../sqlite/article-search.js';
import { COMMITMENT_ROW_COLUMNS, commitmentFromRow } from '../sqlite/commitment-rows.js';
import { dyadDossier } from './dyad-dossier.js';
import type { FilterSql } from '../filter-sql.js';
import { filterSql } from './filter-sql.js';
import { describePostgresError, numbered, openPool, type OpenOptions } from './open-database.js';
import { PostgresPageStorage } from './page-storage.js';
import { tsQuery } from './text-search.js';
import { STATS_ARTICLE_LIMIT, statsCoverage } from '../stats-coverage.js';

const DEFAULT_LIMIT = 50;
/** Newest full-text matches ranked by relevance when a search asks for it. */
const FTS_WINDOW = 5000;
/** Rows read per round trip when streaming records or events. */
const STREAM_BATCH = 500;

/** The scale-out store: one PostgreSQL database shared by any number of workers and servers. */
export class PostgresArticleStore implements ArticleStore {
  private readonly writer: PageWriter;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.writer = new PageWriter(new PostgresPageStorage(pool));
  }

  /** Connect to the database at `url` (`postgres://…`), migrating it unless read-only. */
  static async open(url: string, options: OpenOptions = {}): Promise<PostgresArticleStore> {
    return new PostgresArticleStore(await openPool(url, options), url);
  }

  /** Run a query with `?` placeholders, turning connection failures into StoreUnavailableError. */
  private async rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.pool.query<T>(numbered(sql), params)).rows;
    } catch (error) {
      throw describePostgresError(this.url, error) ?? error;
    }
  }

  /** Run `work` in one transaction on one connection. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw describePostgresError(this.url, error) ?? error;
    } finally {
      client.release();
    }
  }

  async hasPage(sha256: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM pages WHERE sha256 = ?', [sha256])).length > 0;
  }

  async storePage(page: PageToStore): Promise<StorePageResult> {
    return (await this.storePages([page]))[0]!;
  }

  async storePages(pages: PageToStore[]): Promise<StorePageResult[]> {
    try {
      return await this.writer.writeAll(pages);
    } catch (error) {
      throw describePostgresError(this.url, error) ?? error;
    }
  }

  async recordError(error: IngestError): Promise<void> {
    await this.rows(
      'INSERT INTO errors (uri, page_sha256, code, message) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [error.uri, error.pageSha256, error.code, error.message],
    );
  }

  async sourceState(uri: string): Promise<SourceState | null> {
    const [row] = await this.rows<SourceState & pg.QueryResultRow>(
      'SELECT etag, last_modified AS "lastModified", sha256 FROM sources WHERE uri = ?',
      [uri],
    );
    return row ?? null;
  }

  async saveSourceState(uri: string, kind: string, state: SourceState): Promise<void> {
    await this.rows(
      `INSERT INTO sources (uri, kind, etag, last_modified, sha256, fetched_at)
       VALUES (?, ?, ?, ?, ?, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
       ON CONFLICT (uri) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         sha256 = excluded.sha256, fetched_at = excluded.fetched_at`,
      [uri, kind, state.etag, state.lastModified, state.sha256],
    );
  }

  async refreshCommitments(asOf?: string): Promise<CommitmentRefresh> {
    return this.transaction(async (client) => {
      const day =
        asOf ?? (await client.query<{ day: string | null }>(COMMITMENT_REFRESH_SQL.latestDay)).rows[0]!.day;
      const due = (await client.query<DueCommitment>(COMMITMENT_REFRESH_SQL.due)).rows;
      for (const change of statusChanges(due, day))
        await client.query(numbered(COMMITMENT_REFRESH_SQL.setStatus), change);
      return refreshSummary(
        day,
        (await client.query<{ status: string; n: number }>(COMMITMENT_REFRESH_SQL.counts)).rows,
      );
    });
  }

  private async personIds(filter: ArticleFilter): Promise<number[] | null> {
    if (!filter.person) return null;
    const key = nameKey(filter.person);
    const rows = await this.rows<{ id: number }>(
      `SELECT DISTINCT e.id FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id
       WHERE e.type = 'person' AND (a.alias_key = ? OR e.surname_key = ?) ORDER BY e.id`,
      [key, key],
    );
    return rows.map((row) => row.id);
  }

  /** The filter's SQL, its person and its words' tsquery (text form, `query`) looked up first. */
  private async filterSql(filter: ArticleFilter): Promise<FilterSql & { query: string }> {
    let query = '';
    if (filter.text) {
      const words = tsQuery(filter.text);
      const [row] = await this.rows<{ query: string }>(`SELECT (${words.sql})::text AS query`, words.params);
      query = row!.query;
    }
    return { ...filterSql(filter, await this.personIds(filter), query), query };
  }

  async searchArticles(filter: ArticleFilter): Promise<ArticleHit[]> {
    const sql = await this.filterSql(filter);
    const limit = filter.limit ?? DEFAULT_LIMIT;
    if (filter.text && filter.order === 'relevance') {
      // Ranked among the newest FTS_WINDOW matches, so common words stay bounded at any corpus size.
      const rows = await this.rows<ArticleRow>(
        `WITH f AS MATERIALIZED (SELECT a.seq FROM articles a WHERE ${sql.where} ORDER BY a.seq DESC LIMIT ?)
         SELECT ${ARTICLE_ROW_COLUMNS} FROM f JOIN articles a ON a.seq = f.seq
         ORDER BY ts_rank(a.fts, ?::tsquery) DESC, a.seq DESC LIMIT ?`,
        [...sql.params, FTS_WINDOW, sql.query, limit],
      );
      return rows.map(hitFromRow);
    }
    // Newest published first, then latest stored, so a back-filled archive sorts right.
    const rows = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE ${sql.where}
       ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT ?`,
      [...sql.params, limit],
    );
    return rows.map(hitFromRow);
  }

  async pageArticles(sha256: string): Promise<ArticleHit[]> {
    const rows = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.page_sha256 = ? ORDER BY a.seq`,
      [sha256],
    );
    return rows.map(hitFromRow);
  }

  async duplicateGroup(id: string): Promise<DuplicateGroup | null> {
    const [row] = await this.rows<{ duplicate_of: string | null }>(
      'SELECT duplicate_of FROM articles WHERE id = ?',
      [id],
    );
    if (!row) return null;
    const originalId = row.duplicate_of ?? id;
    const [original] = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.id = ?`,
      [originalId],
    );
    if (!original) return null;
    const copies = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.duplicate_of = ? ORDER BY a.seq`,
      [originalId],
    );
    return { original: hitFromRow(original), copies: copies.map(hitFromRow) };
  }

  /** Stored records with their commitments' statuses as the store now has them. */
  private async currentRecords(json: string[]): Promise<ArticleRecord[]> {
    const records = json.map((text) => JSON.parse(text) as ArticleRecord);
    const withCommitments = records.filter((r) => r.events.some((event) => event.commitment));
    if (withCommitments.length === 0) return records;
    const statuses = new Map(
      (
        await this.rows<{ article_id: string; event_local_id: string; status: CommitmentStatus }>(
          'SELECT article_id, event_local_id, status FROM commitments WHERE article_id = ANY(?::text[])',
          [withCommitments.map((r) => r.id)],
        )
      ).map((row) => [`${row.article_id}\u0000${row.event_local_id}`, row.status]),
    );
    for (const record of withCommitments) {
      for (const event of record.events) {
        const status = statuses.get(`${record.id}\u0000${event.id}`);
        if (event.commitment && status) event.commitment.status = status;
      }
    }
    return records;
  }

  async *articleRecords(filter: ArticleFilter): AsyncIterable<ArticleRecord> {
    const sql = await this.filterSql(filter);
    let remaining = filter.limit ?? Infinity;
    let after = 0;
    while (remaining > 0) {
      // Keyset pages in storage order: each round trip reads one batch, whatever the store's size.
      const rows = await this.rows<{ seq: number; record: string }>(
        `SELECT a.seq, a.record FROM articles a WHERE a.seq > ? AND ${sql.where} ORDER BY a.seq LIMIT ?`,
        [after, ...sql.params, Math.min(remaining, STREAM_BATCH)],
      );
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      remaining -= rows.length;
      yield* await this.currentRecords(rows.map((row) => row.record));
    }
  }

  async *eventRows(filter: ArticleFilter): AsyncIterable<EventRow> {
    const sql = await this.filterSql(filter);
    let remaining = filter.limit ?? Infinity;
    const newest = filter.order === 'newest';
    let after: [number, string] | null = null;
    while (remaining > 0) {
      const keyset: Array<string | number> = after ?? [];
      const rows: Array<{
        seq: number;
        id: string;
        record: string;
        local_id: string;
        counted: number;
        evidence_text: string;
      }> = await this.rows(
        `SELECT a.seq, a.id, a.record, e.local_id, e.counted, e.evidence_text
         FROM articles a JOIN events e ON e.article_id = a.id
         WHERE ${after ? `(a.seq, e.local_id) ${newest ? '<' : '>'} (?, ?)` : 'TRUE'} AND ${sql.where} AND ${sql.eventWhere}
         ORDER BY a.seq ${newest ? 'DESC' : ''}, e.local_id ${newest ? 'DESC' : ''} LIMIT ?`,
        [...keyset, ...sql.params, ...sql.eventParams, Math.min(remaining, STREAM_BATCH)],
      );
      if (rows.length === 0) return;
      const last = rows.at(-1)!;
      after = [last.seq, last.local_id];
      remaining -= rows.length;
      const unique = [...new Map(rows.map((row) => [row.id, row.record])).values()];
      const records = new Map((await this.currentRecords(unique)).map((record) => [record.id, record]));
      for (const row of rows) {
        const record = records.get(row.id)!;
        const event = record.events.find((candidate) => candidate.id === row.local_id);
        if (!event) continue;
        yield {
          articleId: record.id,
          uri: record.source.uri,
          published: record.published,
          title: record.title,
          story: record.story,
          record,
          counted: row.counted === 1,
          event,
          evidenceText: row.evidence_text,
        };
      }
    }
  }

  async article(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.rows<{ record: string }>('SELECT record FROM articles WHERE id = ?', [id]);
    return row ? (JSON.parse(row.record) as ArticleRecord) : null;
  }

  private async entitySummaries(where: string, params: Array<string | number>): Promise<EntitySummary[]> {
    const rows = await this.rows<Omit<EntitySummary, 'aliases'> & pg.QueryResultRow>(
      `SELECT e.id, e.type, e.name, e.country, e.first_seen AS "firstSeen", e.last_seen AS "lastSeen",
         (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id) AS articles
       FROM entities e WHERE ${where} ORDER BY e.id`,
      params,
    );
    const aliases = await this.rows<{ entity_id: number; alias: string }>(
      'SELECT entity_id, alias FROM entity_aliases WHERE entity_id = ANY(?::int[]) ORDER BY alias',
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      ...row,
      aliases: aliases.filter((a) => a.entity_id === row.id).map((a) => a.alias),
    }));
  }

  async findEntities(name: string): Promise<EntitySummary[]> {
    const key = nameKey(name);
    return this.entitySummaries(
      'e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = ?) OR e.surname_key = ?',
      [key, key],
    );
  }

  async entity(id: number): Promise<EntitySummary | null> {
    return (await this.entitySummaries('e.id = ?', [id]))[0] ?? null;
  }

  async roleTimeline(entityId: number): Promise<RoleSpell[]> {
    const rows = await this.rows<Omit<RoleSpell, 'articles'> & { articles: string[] }>(
      `SELECT title, country, MIN(day) AS "firstSeen", MAX(day) AS "lastSeen",
         array_agg(DISTINCT article_id ORDER BY article_id) AS articles
       FROM entity_roles WHERE entity_id = ? GROUP BY title, country ORDER BY MIN(day) NULLS FIRST, title`,
      [entityId],
    );
    return rows.map((row) => ({ ...row, articles: row.articles }));
  }

  async commitments(status?: CommitmentStatus): Promise<CommitmentRow[]> {
    const rows = await this.rows<Record<string, string | null>>(
      `SELECT ${COMMITMENT_ROW_COLUMNS} FROM commitments WHERE (?::text IS NULL OR status = ?)
       ORDER BY stated_day NULLS FIRST, article_id, event_local_id`,
      [status ?? null, status ?? null],
    );
    return rows.map(commitmentFromRow);
  }

  async dyadDossier(a: string, b: string, latestCount: number): Promise<Dossier> {
    try {
      return await dyadDossier(this.pool, a, b, latestCount);
    } catch (error) {
      throw describePostgresError(this.url, error) ?? error;
    }
  }

  private async totals(): Promise<StoreTotals> {
    const [row] = await this.rows<StoreTotals & pg.QueryResultRow>(
      `SELECT (SELECT COUNT(*) FROM pages) AS pages, (SELECT COUNT(*) FROM articles) AS articles,
         (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
         (SELECT COUNT(*) FROM events WHERE counted = 1) AS events,
         (SELECT COUNT(*) FROM stories WHERE article_count > 1) AS stories,
         (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM commitments) AS commitments,
         (SELECT COUNT(*) FROM errors) AS errors`,
    );
    return row!;
  }

  async stats(filter: ArticleFilter, articleLimit = STATS_ARTICLE_LIMIT): Promise<StoreStats> {
    const sql = await this.filterSql(filter);
    // The newest matching articles, walked from `articles_newest` (a common word stops at the limit).
    const matched = (limit: number) =>
      `SELECT a.id FROM articles a WHERE ${sql.where} ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT ${limit}`;
    const [found] = await this.rows<{ n: number } & pg.QueryResultRow>(
      `SELECT COUNT(*) AS n FROM (${matched(articleLimit + 1)}) m`,
      sql.params,
    );
    // Their events read once, by article id (an array: a join would scan every event), and
    // counted three ways.
    const rows = await this.rows<{ event: string; dyad: string | null; month: string | null; n: number }>(
      `SELECT e.event, e.dyad, substr(e.day, 1, 7) AS month, COUNT(*) AS n FROM events e
       WHERE e.article_id = ANY(ARRAY(${matched(articleLimit)})) AND ${sql.eventWhere}
       GROUP BY GROUPING SETS ((e.event), (e.dyad), (substr(e.day, 1, 7)))`,
      [...sql.params, ...sql.eventParams],
    );
    const counts = (key: 'event' | 'dyad' | 'month'): CountRow[] =>
      rows
        .filter((row) => row[key] !== null)
        .map((row) => ({ key: row[key]!, count: row.n }))
        .sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1));
    const byType = counts('event');
    return {
      totals: await this.totals(),
      matching: {
        articles: Math.min(found?.n ?? 0, articleLimit),
        events: byType.reduce((sum, row) => sum + row.count, 0),
      },
      coverage: statsCoverage(filter, articleLimit, (found?.n ?? 0) > articleLimit),
      byDyad: counts('dyad'),
      byType,
      byMonth: counts('month'),
    };
  }

  async ingestErrors(options: { code?: string; limit: number; offset?: number }): Promise<IngestError[]> {
    return this.rows<IngestError & pg.QueryResultRow>(
      `SELECT uri, code, message, page_sha256 AS "pageSha256" FROM errors WHERE (?::text IS NULL OR code = ?)
       ORDER BY id LIMIT ? OFFSET ?`,
      [options.code ?? null, options.code ?? null, options.limit, options.offset ?? 0],
    );
  }

  async errorCounts(): Promise<CountRow[]> {
    return this.rows<CountRow & pg.QueryResultRow>(
      'SELECT code AS key, COUNT(*) AS count FROM errors GROUP BY code ORDER BY count DESC, code',
    );
  }

  async contentDigest(): Promise<string> {
    const hash = createHash('sha256');
    for (const query of DIGEST_QUERIES) {
      hash.update(query);
      for (const row of await this.rows(query)) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  }

  async createWatchlist(input: {
    name: string;
    filter: ArticleFilter;
    webhookUrl?: string | null;
    webhookSecret?: string | null;
  }): Promise<Watchlist> {
    const [row] = await this.rows<{ id: number }>(
      'INSERT INTO watchlists (name, filter, webhook_url, webhook_secret) VALUES (?, ?, ?, ?) RETURNING id',
      [input.name, JSON.stringify(input.filter), input.webhookUrl ?? null, input.webhookSecret ?? null],
    );
    const id = row!.id;
    // What is already stored is the baseline: only events stored later are news.
    await this.refreshWatchlist(id);
    await this.rows('UPDATE watchlist_events SET read = 1, delivered = 1 WHERE watchlist_id = ?', [id]);
    return (await this.watchlists()).find((w) => w.id === id)!;
  }

  async watchlists(): Promise<Watchlist[]> {
    const rows = await this.rows<{
      id: number;
      name: string;
      filter: string;
      webhook_url: string | null;
      webhook_secret: string | null;
      unread: number;
    }>(
      `SELECT w.id, w.name, w.filter, w.webhook_url, w.webhook_secret,
              (SELECT COUNT(*) FROM watchlist_events e WHERE e.watchlist_id = w.id AND e.read = 0) AS unread
       FROM watchlists w ORDER BY w.id`,
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      filter: JSON.parse(row.filter) as ArticleFilter,
      webhookUrl: row.webhook_url,
      webhookSecret: row.webhook_secret,
      unread: row.unread,
    }));
  }

  async renameWatchlist(id: number, name: string): Promise<boolean> {
    return (
      (await this.rows('UPDATE watchlists SET name = ? WHERE id = ? RETURNING id', [name, id])).length > 0
    );
  }

  async deleteWatchlist(id: number): Promise<boolean> {
    return (await this.rows('DELETE FROM watchlists WHERE id = ? RETURNING id', [id])).length > 0;
  }

  /** The counted events a watchlist's filter matches today, keyed by article and event id. */
  private async watchlistMatches(id: number): Promise<Map<string, EventRow>> {
    const watchlist = (await this.watchlists()).find((w) => w.id === id);
    const matches = new Map<string, EventRow>();
    if (!watchlist) return matches;
    for await (const row of this.eventRows(watchlist.filter)) {
      if (row.counted) matches.set(`${row.articleId}\u0000${row.event.id}`, row);
    }
    return matches;
  }

  /** Record the matches a watchlist has not seen yet as unread; returns them. */
  private async recordWatchlistMatches(
    id: number,
    matches: Map<string, EventRow>,
  ): Promise<WatchlistEvent[]> {
    const rows = [...matches.values()];
    if (rows.length === 0) return [];
    const inserted = await this.rows<{ article_id: string; event_local_id: string }>(
      `INSERT INTO watchlist_events (watchlist_id, article_id, event_local_id)
       SELECT ?, * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING RETURNING article_id, event_local_id`,
      [id, rows.map((row) => row.articleId), rows.map((row) => row.event.id)],
    );
    const added = new Set(inserted.map((row) => `${row.article_id}\u0000${row.event_local_id}`));
    return rows
      .filter((row) => added.has(`${row.articleId}\u0000${row.event.id}`))
      .map((row) => ({ row, read: false, delivered: false }));
  }

  async refreshWatchlist(id: number): Promise<WatchlistEvent[]> {
    return this.recordWatchlistMatches(id, await this.watchlistMatches(id));
  }

  async watchlistEvents(id: number, options: { refresh?: boolean } = {}): Promise<WatchlistEvent[]> {
    const matches = await this.watchlistMatches(id);
    if (options.refresh) await this.recordWatchlistMatches(id, matches);
    const rows = await this.rows<{
      article_id: string;
      event_local_id: string;
      read: number;
      delivered: number;
    }>(
      'SELECT article_id, event_local_id, read, delivered FROM watchlist_events WHERE watchlist_id = ? ORDER BY seq DESC',
      [id],
    );
    return rows.flatMap((r) => {
      const row = matches.get(`${r.article_id}\u0000${r.event_local_id}`);
      return row ? [{ row, read: r.read === 1, delivered: r.delivered === 1 }] : [];
    });
  }

  async markWatchlistRead(id: number): Promise<number> {
    return (
      await this.rows(
        'UPDATE watchlist_events SET read = 1 WHERE watchlist_id = ? AND read = 0 RETURNING 1',
        [id],
      )
    ).length;
  }

  async markWatchlistDelivered(id: number, articleId: string, eventId: string): Promise<void> {
    await this.rows(
      'UPDATE watchlist_events SET delivered = 1 WHERE watchlist_id = ? AND article_id = ? AND event_local_id = ?',
      [id, articleId, eventId],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
