import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
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
import { DIGEST_QUERIES } from '../content-digest.js';
import type { JsonText } from '../result-pages.js';
import { COMMITMENT_ROW_COLUMNS, commitmentFromRow } from './commitment-rows.js';
import { dyadDossier } from './dyad-dossier.js';
import { dyadDossierJson } from './dyad-dossier-json.js';
import { DossierTextSchedule } from './dyad-dossier-text.js';
import { ARTICLE_ROW_COLUMNS, ArticleSearch, hitFromRow, type ArticleRow } from './article-search.js';
import { filterSql } from './filter-sql.js';
import { fillFtsByDay } from './fts-by-day-fill.js';
import { describeDatabaseError, openDatabase, type OpenOptions } from './open-database.js';
import {
  COMMITMENT_REFRESH_SQL,
  refreshSummary,
  statusChanges,
  type DueCommitment,
} from '../commitment-statuses.js';
import { PageWriter } from '../page-writer/page-writer.js';
import { SqlitePageStorage } from './page-storage.js';
import { STATS_ARTICLE_LIMIT, statsCoverage } from '../stats-coverage.js';

/** The embedded store: one SQLite file (WAL, FTS5), one writer. */
export class SqliteArticleStore implements ArticleStore {
  private pageWriter: PageWriter | null = null;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly search = new ArticleSearch((sql) => this.statement(sql));
  private readonly dossierTexts: DossierTextSchedule;

  private constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.dossierTexts = new DossierTextSchedule(db);
  }

  /**
   * Prepared on first write: a read-only open skips migrations, and the writer's statements name
   * tables that an older database gets only when next opened for writing.
   */
  private get writer(): PageWriter {
    this.pageWriter ??= new PageWriter(new SqlitePageStorage(this.db));
    return this.pageWriter;
  }

  /** Open or create the database at `path` (`:memory:` for tests). */
  static open(path: string, options: OpenOptions = {}): SqliteArticleStore {
    return new SqliteArticleStore(openDatabase(path, options), path);
  }

  /** A prepared statement, kept per SQL text: searches are few shapes run many times. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Run a database call, turning read-only/full-disk failures into StoreUnavailableError. */
  private guard<T>(action: () => T): T {
    try {
      return action();
    } catch (error) {
      throw describeDatabaseError(this.path, error) ?? error;
    }
  }

  async hasPage(sha256: string): Promise<boolean> {
    return this.guard(
      () => this.db.prepare('SELECT 1 FROM pages WHERE sha256 = ?').get(sha256) !== undefined,
    );
  }

  async storePage(page: PageToStore): Promise<StorePageResult> {
    return (await this.storePages([page]))[0]!;
  }

  async storePages(pages: PageToStore[]): Promise<StorePageResult[]> {
    try {
      const results = await this.writer.writeAll(pages);
      this.dossierTexts.afterBatch();
      return results;
    } catch (error) {
      throw describeDatabaseError(this.path, error) ?? error;
    }
  }

  async recordError(error: IngestError): Promise<void> {
    this.guard(() =>
      this.db
        .prepare('INSERT OR IGNORE INTO errors (uri, page_sha256, code, message) VALUES (?, ?, ?, ?)')
        .run(error.uri, error.pageSha256, error.code, error.message),
    );
  }

  async sourceState(uri: string): Promise<SourceState | null> {
    const row = this.db
      .prepare('SELECT etag, last_modified AS lastModified, sha256 FROM sources WHERE uri = ?')
      .get(uri) as SourceState | undefined;
    return row ?? null;
  }

  async saveSourceState(uri: string, kind: string, state: SourceState): Promise<void> {
    this.guard(() =>
      this.db
        .prepare(
          `INSERT INTO sources (uri, kind, etag, last_modified, sha256, fetched_at)
           VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
           ON CONFLICT (uri) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
             sha256 = excluded.sha256, fetched_at = excluded.fetched_at`,
        )
        .run(uri, kind, state.etag, state.lastModified, state.sha256),
    );
  }

  async refreshCommitments(asOf?: string): Promise<CommitmentRefresh> {
    return this.guard(() =>
      this.db.transaction((): CommitmentRefresh => {
        const day =
          asOf ?? (this.db.prepare(COMMITMENT_REFRESH_SQL.latestDay).get() as { day: string | null }).day;
        const setStatus = this.db.prepare(COMMITMENT_REFRESH_SQL.setStatus);
        const due = this.db.prepare(COMMITMENT_REFRESH_SQL.due).all() as DueCommitment[];
        for (const change of statusChanges(due, day)) setStatus.run(...change);
        this.dossierTexts.refresh();
        return refreshSummary(
          day,
          this.db.prepare(COMMITMENT_REFRESH_SQL.counts).all() as Array<{ status: string; n: number }>,
        );
      })(),
    );
  }

  private personIds(filter: ArticleFilter): number[] | null {
    return this.search.personIds(filter);
  }

  async searchArticles(filter: ArticleFilter): Promise<ArticleHit[]> {
    return this.guard(() => this.search.search(filter));
  }

  async pageArticles(sha256: string): Promise<ArticleHit[]> {
    const rows = this.guard(
      () =>
        this.statement(
          `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.page_sha256 = ? ORDER BY a.seq`,
        ).all(sha256) as ArticleRow[],
    );
    return rows.map(hitFromRow);
  }

  async duplicateGroup(id: string): Promise<DuplicateGroup | null> {
    return this.guard(() => {
      const row = this.statement('SELECT duplicate_of FROM articles WHERE id = ?').get(id) as
        { duplicate_of: string | null } | undefined;
      if (!row) return null;
      const originalId = row.duplicate_of ?? id;
      const original = this.statement(`SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.id = ?`).get(
        originalId,
      ) as ArticleRow | undefined;
      if (!original) return null;
      const copies = this.statement(
        `SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a WHERE a.duplicate_of = ? ORDER BY a.seq`,
      ).all(originalId) as ArticleRow[];
      return { original: hitFromRow(original), copies: copies.map(hitFromRow) };
    });
  }

  /** A stored record with its commitments' statuses as the store now has them. */
  private currentRecord(json: string): ArticleRecord {
    const record = JSON.parse(json) as ArticleRecord;
    if (!record.events.some((event) => event.commitment)) return record;
    const statuses = new Map(
      (
        this.db
          .prepare('SELECT event_local_id, status FROM commitments WHERE article_id = ?')
          .all(record.id) as Array<{ event_local_id: string; status: CommitmentStatus }>
      ).map((row) => [row.event_local_id, row.status]),
    );
    for (const event of record.events) {
      const status = statuses.get(event.id);
      if (event.commitment && status) event.commitment.status = status;
    }
    return record;
  }

  async *articleRecords(filter: ArticleFilter): AsyncIterable<ArticleRecord> {
    const sql = filterSql(filter, this.personIds(filter));
    const limit = filter.limit ?? -1;
    const statement = this.db.prepare(
      `SELECT a.record FROM articles a WHERE ${sql.where} ORDER BY a.seq LIMIT ?`,
    );
    for (const row of statement.iterate(...sql.params, limit) as Iterable<{ record: string }>) {
      yield this.currentRecord(row.record);
    }
  }

  async *eventRows(filter: ArticleFilter): AsyncIterable<EventRow> {
    // A pair's articles come in stored order from their index (migration 9), so a page stops early.
    const pairIndexed = (filter.countries?.length ?? 0) >= 2 && !filter.includeDuplicates;
    const sql = filterSql(filter, this.personIds(filter), pairIndexed);
    const limit = filter.limit ?? -1;
    const direction = filter.order === 'newest' ? 'DESC' : '';
    const pair = pairIndexed
      ? [
          (filter.countries ?? [])
            .slice(0, 2)
            .map((c) => c.toUpperCase())
            .sort()
            .join('-'),
        ]
      : [];
    // Narrow rows; an article's record (tens of KB of JSON) is read once its turn comes, not
    // carried through a sort for every matching event of every article.
    const statement = this.db.prepare(
      pairIndexed
        ? `SELECT a.seq, e.local_id, e.counted, e.evidence_text
           FROM article_dyads d INDEXED BY article_dyads_seq CROSS JOIN articles a ON a.seq = d.seq
             CROSS JOIN events e ON e.article_id = a.id
           WHERE d.dyad = ? AND ${sql.where} AND ${sql.eventWhere}
           ORDER BY d.seq ${direction}, e.local_id ${direction} LIMIT ?`
        : `SELECT a.seq, e.local_id, e.counted, e.evidence_text
           FROM articles a JOIN events e ON e.article_id = a.id
           WHERE ${sql.where} AND ${sql.eventWhere} ORDER BY a.seq ${direction}, e.local_id ${direction} LIMIT ?`,
    );
    const recordOf = this.statement('SELECT record FROM articles WHERE seq = ?');
    let current = null as { seq: number; record: ArticleRecord } | null;
    const rows = statement.iterate(...pair, ...sql.params, ...sql.eventParams, limit) as Iterable<{
      seq: number;
      local_id: string;
      counted: number;
      evidence_text: string;
    }>;
    for (const row of rows) {
      if (current?.seq !== row.seq) {
        const { record } = recordOf.get(row.seq) as { record: string };
        current = { seq: row.seq, record: this.currentRecord(record) };
      }
      const event = current.record.events.find((candidate) => candidate.id === row.local_id);
      if (!event) continue;
      const record = current.record;
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

  async article(id: string): Promise<ArticleRecord | null> {
    const row = this.db.prepare('SELECT record FROM articles WHERE id = ?').get(id) as
      { record: string } | undefined;
    return row ? (JSON.parse(row.record) as ArticleRecord) : null;
  }

  private entitySummaries(where: string, params: Array<string | number>): EntitySummary[] {
    const rows = this.db
      .prepare(
        `SELECT e.id, e.type, e.name, e.country, e.first_seen AS firstSeen, e.last_seen AS lastSeen,
           (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id) AS articles
         FROM entities e WHERE ${where} ORDER BY e.id`,
      )
      .all(...params) as Array<Omit<EntitySummary, 'aliases'>>;
    const aliases = this.db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias');
    return rows.map((row) => ({
      ...row,
      aliases: (aliases.all(row.id) as Array<{ alias: string }>).map((a) => a.alias),
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
    return this.entitySummaries('e.id = ?', [id])[0] ?? null;
  }

  async roleTimeline(entityId: number): Promise<RoleSpell[]> {
    const rows = this.db
      .prepare(
        `SELECT title, country, MIN(day) AS firstSeen, MAX(day) AS lastSeen, GROUP_CONCAT(DISTINCT article_id) AS articles
         FROM entity_roles WHERE entity_id = ? GROUP BY title, country ORDER BY MIN(day), title`,
      )
      .all(entityId) as Array<Omit<RoleSpell, 'articles'> & { articles: string }>;
    return rows.map((row) => ({ ...row, articles: row.articles.split(',').sort() }));
  }

  async commitments(status?: CommitmentStatus): Promise<CommitmentRow[]> {
    const rows = this.db
      .prepare(
        `SELECT ${COMMITMENT_ROW_COLUMNS} FROM commitments WHERE (? IS NULL OR status = ?)
         ORDER BY stated_day, article_id, event_local_id`,
      )
      .all(status ?? null, status ?? null) as Array<Record<string, string | null>>;
    return rows.map(commitmentFromRow);
  }

  async dyadDossier(a: string, b: string, latestCount: number): Promise<Dossier> {
    return this.guard(() => dyadDossier(this.db, a, b, latestCount));
  }

  /** `dyadDossier` as the API's JSON text, written by SQLite's JSON functions (`JsonReads`). */
  async dyadDossierJson(a: string, b: string, latestCount: number): Promise<JsonText> {
    return this.guard(() => dyadDossierJson(this.db, a, b, latestCount));
  }

  private totals(): StoreTotals {
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      pages: count('SELECT COUNT(*) AS n FROM pages'),
      articles: count('SELECT COUNT(*) AS n FROM articles'),
      duplicates: count('SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      events: count('SELECT COUNT(*) AS n FROM events WHERE counted = 1'),
      stories: count('SELECT COUNT(*) AS n FROM stories WHERE article_count > 1'),
      entities: count('SELECT COUNT(*) AS n FROM entities'),
      commitments: count('SELECT COUNT(*) AS n FROM commitments'),
      errors: count('SELECT COUNT(*) AS n FROM errors'),
    };
  }

  async stats(filter: ArticleFilter, articleLimit = STATS_ARTICLE_LIMIT): Promise<StoreStats> {
    const sql = filterSql(filter, this.personIds(filter));
    // The newest matching articles, walked from `articles_day` backwards (stops at the limit).
    const matched = (limit: number) =>
      `SELECT a.id FROM articles a WHERE ${sql.where} ORDER BY a.day DESC, a.seq DESC LIMIT ${limit}`;
    const group = (expression: string): CountRow[] =>
      this.db
        .prepare(
          `SELECT ${expression} AS key, COUNT(*) AS count FROM (${matched(articleLimit)}) m
             JOIN events e ON e.article_id = m.id
           WHERE ${sql.eventWhere} AND ${expression} IS NOT NULL
           GROUP BY key ORDER BY count DESC, key`,
        )
        .all(...sql.params, ...sql.eventParams) as CountRow[];
    const byType = group('e.event');
    const found = (
      this.db.prepare(`SELECT COUNT(*) AS n FROM (${matched(articleLimit + 1)}) m`).get(...sql.params) as {
        n: number;
      }
    ).n;
    return {
      totals: this.totals(),
      matching: {
        articles: Math.min(found, articleLimit),
        events: byType.reduce((sum, row) => sum + row.count, 0),
      },
      coverage: statsCoverage(filter, articleLimit, found > articleLimit),
      byDyad: group('e.dyad'),
      byType,
      byMonth: group('substr(e.day, 1, 7)'),
    };
  }

  async ingestErrors(options: { code?: string; limit: number; offset?: number }): Promise<IngestError[]> {
    return this.db
      .prepare(
        `SELECT uri, code, message, page_sha256 AS pageSha256 FROM errors WHERE (? IS NULL OR code = ?)
         ORDER BY id LIMIT ? OFFSET ?`,
      )
      .all(options.code ?? null, options.code ?? null, options.limit, options.offset ?? 0) as IngestError[];
  }

  async errorCounts(): Promise<CountRow[]> {
    return this.db
      .prepare('SELECT code AS key, COUNT(*) AS count FROM errors GROUP BY code ORDER BY count DESC, code')
      .all() as CountRow[];
  }

  async contentDigest(): Promise<string> {
    const hash = createHash('sha256');
    for (const query of DIGEST_QUERIES) {
      hash.update(query);
      for (const row of this.db.prepare(query).iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  }

  async createWatchlist(input: {
    name: string;
    filter: ArticleFilter;
    webhookUrl?: string | null;
    webhookSecret?: string | null;
  }): Promise<Watchlist> {
    const id = Number(
      this.guard(() =>
        this.db
          .prepare('INSERT INTO watchlists (name, filter, webhook_url, webhook_secret) VALUES (?, ?, ?, ?)')
          .run(
            input.name,
            JSON.stringify(input.filter),
            input.webhookUrl ?? null,
            input.webhookSecret ?? null,
          ),
      ).lastInsertRowid,
    );
    // What is already stored is the baseline: only events stored later are news.
    await this.refreshWatchlist(id);
    this.guard(() =>
      this.db.prepare('UPDATE watchlist_events SET read = 1, delivered = 1 WHERE watchlist_id = ?').run(id),
    );
    return (await this.watchlists()).find((w) => w.id === id)!;
  }

  async watchlists(): Promise<Watchlist[]> {
    const rows = this.db
      .prepare(
        `SELECT w.id, w.name, w.filter, w.webhook_url, w.webhook_secret,
                (SELECT COUNT(*) FROM watchlist_events e WHERE e.watchlist_id = w.id AND e.read = 0) AS unread
         FROM watchlists w ORDER BY w.id`,
      )
      .all() as Array<{
      id: number;
      name: string;
      filter: string;
      webhook_url: string | null;
      webhook_secret: string | null;
      unread: number;
    }>;
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
    return this.guard(
      () => this.db.prepare('UPDATE watchlists SET name = ? WHERE id = ?').run(name, id).changes > 0,
    );
  }

  async deleteWatchlist(id: number): Promise<boolean> {
    return this.guard(() => {
      this.db.prepare('DELETE FROM watchlist_events WHERE watchlist_id = ?').run(id);
      return this.db.prepare('DELETE FROM watchlists WHERE id = ?').run(id).changes > 0;
    });
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
  private recordWatchlistMatches(id: number, matches: Map<string, EventRow>): WatchlistEvent[] {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO watchlist_events (watchlist_id, article_id, event_local_id) VALUES (?, ?, ?)',
    );
    const added: WatchlistEvent[] = [];
    this.guard(() =>
      this.db.transaction(() => {
        for (const row of matches.values()) {
          if (insert.run(id, row.articleId, row.event.id).changes > 0)
            added.push({ row, read: false, delivered: false });
        }
      })(),
    );
    return added;
  }

  async refreshWatchlist(id: number): Promise<WatchlistEvent[]> {
    return this.recordWatchlistMatches(id, await this.watchlistMatches(id));
  }

  async watchlistEvents(id: number, options: { refresh?: boolean } = {}): Promise<WatchlistEvent[]> {
    const matches = await this.watchlistMatches(id);
    if (options.refresh) this.recordWatchlistMatches(id, matches);
    const rows = this.db
      .prepare(
        'SELECT article_id, event_local_id, read, delivered FROM watchlist_events WHERE watchlist_id = ? ORDER BY rowid DESC',
      )
      .all(id) as Array<{ article_id: string; event_local_id: string; read: number; delivered: number }>;
    return rows.flatMap((r) => {
      const row = matches.get(`${r.article_id}\u0000${r.event_local_id}`);
      return row ? [{ row, read: r.read === 1, delivered: r.delivered === 1 }] : [];
    });
  }

  async markWatchlistRead(id: number): Promise<number> {
    return this.guard(
      () =>
        this.db.prepare('UPDATE watchlist_events SET read = 1 WHERE watchlist_id = ? AND read = 0').run(id)
          .changes,
    );
  }

  async markWatchlistDelivered(id: number, articleId: string, eventId: string): Promise<void> {
    this.guard(() =>
      this.db
        .prepare(
          'UPDATE watchlist_events SET delivered = 1 WHERE watchlist_id = ? AND article_id = ? AND event_local_id = ?',
        )
        .run(id, articleId, eventId),
    );
  }

  async finishBackfills(onProgress?: (progress: { done: number; total: number }) => void): Promise<void> {
    if (this.db.readonly) return;
    await fillFtsByDay(this.db, { ...(onProgress ? { onProgress } : {}), stopped: () => !this.db.open });
  }

  async close(): Promise<void> {
    try {
      if (!this.db.readonly) {
        // The last batches' pairs get their dossier text (the schedule may not have come round).
        this.guard(() => this.dossierTexts.refresh());
        // Keeps the query planner's statistics fresh (cheap: only tables that changed enough are analysed).
        this.db.pragma('optimize');
      }
    } finally {
      this.db.close();
    }
  }
}
