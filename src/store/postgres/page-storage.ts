import type pg from 'pg';
import type { FulfilmentCandidate } from '../../dedupe/commitment-match.js';
import type { PloverType } from '../../records/article.js';
import type {
  ArticleRow,
  ArticleSignature,
  CommitmentInsertRow,
  DateRow,
  DayWindow,
  EntityLinkRow,
  EntityMatch,
  EventRow,
  MentionRow,
  NewEntity,
  OpenCommitment,
  PageRow,
  PageStorage,
  ParticipantRow,
  RoleRow,
  StoryCandidate,
} from '../page-writer/page-storage.js';
import { candidateFromRow, openCommitmentFromRow, type CommitmentMatchRow } from '../sqlite/page-storage.js';
import {
  ALIASES,
  ARTICLE_ENTITIES,
  BUCKETS,
  COMMITMENTS,
  DATES,
  ERRORS,
  EVENTS,
  insertSql,
  MENTIONS,
  PAGES,
  PARTICIPANTS,
  ROLES,
  type RowTable,
} from '../page-writer/row-tables.js';
import { withStory } from '../page-writer/story-assigner.js';
import { storyRowsSql } from '../page-writer/story-rows.js';
import { REFRESH_PAIRS_SQL, REFRESH_STORIES_SQL } from './dyad-figures.js';
import { numbered, WRITER_LOCK } from './open-database.js';
import { ARTICLE_VECTOR_SQL, articleSearchConfig } from './text-search.js';

const COMMITMENT_COLUMNS = 'article_id, event_local_id, kind, by_code, to_code, what, stated_day';
const EVENT_COLUMNS = `article_id, local_id, event, mode, actor_codes, recipient_codes, sectors, evidence_text, day,
  negated, hypothetical, is_commitment`;

/**
 * The page writer's storage port over one PostgreSQL connection. A batch runs in one transaction
 * holding a transaction-level advisory lock, so writers in any number of processes decide one after
 * the other (the analysis, the costly part, still runs in parallel in each worker).
 */
export class PostgresPageStorage implements PageStorage {
  private client: pg.PoolClient | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  private async rows<T extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<T[]> {
    if (!this.client) throw new Error('PostgresPageStorage used outside exclusiveTransaction');
    return (await this.client.query<T>(numbered(sql), params)).rows;
  }

  /** All of `rows` in one INSERT. */
  private async insertRows<Row>(table: RowTable<Row>, rows: Row[]): Promise<void> {
    if (rows.length > 0)
      await this.rows(
        insertSql(table, rows.length),
        rows.flatMap((row) => table.values(row)),
      );
  }

  exclusiveTransaction<T>(work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const client = await this.pool.connect();
      this.client = client;
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        this.client = null;
        client.release();
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async hasPage(sha256: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM pages WHERE sha256 = ?', [sha256])).length > 0;
  }

  async insertPage(p: PageRow): Promise<void> {
    await this.insertRows(PAGES, [p]);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE id = ?', [id])).length > 0;
  }

  async insertArticle(r: ArticleRow): Promise<void> {
    await this.rows(
      `INSERT INTO articles (id, page_sha256, kind, parent, position, uri, language, title, published, day, dyad,
         duplicate_of, story_id, minhash, record, fts)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${ARTICLE_VECTOR_SQL})`,
      [
        r.id,
        r.pageSha256,
        r.kind,
        r.parent,
        r.position,
        r.uri,
        r.language,
        r.title,
        r.published,
        r.day,
        r.dyad,
        r.duplicateOf,
        r.storyId,
        r.minhash,
        r.record,
        articleSearchConfig(r.language),
        r.title ?? '',
        r.body,
      ],
    );
  }

  async insertError(uri: string, pageSha256: string | null, code: string, message: string): Promise<void> {
    await this.insertRows(ERRORS, [{ uri, pageSha256, code, message }]);
  }

  async bucketArticles(bandKey: number, limit: number): Promise<string[]> {
    const rows = await this.rows<{ article_id: string }>(
      'SELECT article_id FROM lsh_buckets WHERE band_key = ? ORDER BY seq DESC LIMIT ?',
      [bandKey, limit],
    );
    return rows.map((row) => row.article_id);
  }

  async insertBuckets(articleId: string, bandKeys: number[]): Promise<void> {
    await this.insertRows(
      BUCKETS,
      bandKeys.map((bandKey) => ({ bandKey, articleId })),
    );
  }

  async articleSignature(id: string): Promise<ArticleSignature | null> {
    const [row] = await this.rows<{
      duplicate_of: string | null;
      minhash: Buffer | null;
      day: string | null;
    }>('SELECT duplicate_of, minhash, day FROM articles WHERE id = ?', [id]);
    return row ? { minhash: row.minhash, duplicateOf: row.duplicate_of, day: row.day } : null;
  }

  async promoteOriginal(originalId: string, formerId: string): Promise<void> {
    await this.rows('UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?', [originalId, formerId]);
    await this.rows('UPDATE articles SET duplicate_of = ? WHERE id = ?', [originalId, formerId]);
    // A copy's event counts unless its original has the same event between the same sides.
    await this.rows(
      `UPDATE events e SET counted = CASE WHEN EXISTS (SELECT 1 FROM events o WHERE o.article_id = ?
         AND o.event = e.event AND o.actor_codes = e.actor_codes AND o.recipient_codes = e.recipient_codes) THEN 0 ELSE 1 END
       WHERE e.article_id IN (SELECT id FROM articles WHERE duplicate_of = ?)`,
      [originalId, originalId],
    );
    // The former original's events leave its pairs' figures (the triggers only ever add).
    const pairs = await this.rows<{ dyad: string }>(
      'SELECT DISTINCT dyad FROM events WHERE article_id = ? AND dyad IS NOT NULL',
      [formerId],
    );
    if (pairs.length > 0) {
      for (const sql of REFRESH_PAIRS_SQL) await this.rows(sql, [pairs.map((row) => row.dyad)]);
    }
  }

  async entitiesByAlias(aliasKey: string, type: string): Promise<EntityMatch[]> {
    return this.rows<EntityMatch & pg.QueryResultRow>(
      'SELECT e.id, e.name, e.country FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? AND e.type = ? ORDER BY e.id',
      [aliasKey, type],
    );
  }

  async personsBySurname(surnameKey: string): Promise<EntityMatch[]> {
    return this.rows<EntityMatch & pg.QueryResultRow>(
      "SELECT id, name, country FROM entities WHERE type = 'person' AND surname_key = ? ORDER BY id",
      [surnameKey],
    );
  }

  async insertEntity(e: NewEntity): Promise<number> {
    const [row] = await this.rows<{ id: number }>(
      `INSERT INTO entities (type, name, name_key, surname_key, country, sector, first_seen, last_seen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [e.type, e.name, e.nameKey, e.surnameKey, e.country, e.sector, e.day, e.day],
    );
    return row!.id;
  }

  async insertAlias(entityId: number, alias: string, aliasKey: string): Promise<void> {
    await this.insertRows(ALIASES, [{ entityId, alias, aliasKey }]);
  }

  async renameEntity(entityId: number, name: string, nameKey: string, country: string | null): Promise<void> {
    await this.rows(
      'UPDATE entities SET name = ?, name_key = ?, country = COALESCE(country, ?) WHERE id = ?',
      [name, nameKey, country, entityId],
    );
  }

  async widenEntitySeen(entityId: number, day: string): Promise<void> {
    await this.rows(
      `UPDATE entities SET
         first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
         last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END
       WHERE id = ?`,
      [day, day, day, day, entityId],
    );
  }

  async insertArticleEntities(rows: EntityLinkRow[]): Promise<void> {
    await this.insertRows(ARTICLE_ENTITIES, rows);
  }

  async insertMentions(rows: MentionRow[]): Promise<void> {
    await this.insertRows(MENTIONS, rows);
  }

  async insertRoles(rows: RoleRow[]): Promise<void> {
    await this.insertRows(ROLES, rows);
  }

  async insertDates(rows: DateRow[]): Promise<void> {
    await this.insertRows(DATES, rows);
  }

  async insertEvents(rows: EventRow[]): Promise<void> {
    await this.insertRows(EVENTS, rows);
  }

  async insertParticipants(rows: ParticipantRow[]): Promise<void> {
    await this.insertRows(PARTICIPANTS, rows);
  }

  async eventKeys(articleId: string): Promise<string[]> {
    const rows = await this.rows<{ key: string }>(
      "SELECT event || '|' || actor_codes || '|' || recipient_codes AS key FROM events WHERE article_id = ?",
      [articleId],
    );
    return rows.map((row) => row.key);
  }

  async insertCommitment(r: CommitmentInsertRow): Promise<void> {
    await this.insertRows(COMMITMENTS, [r]);
  }

  async openCommitments(dyad: string, kinds: string[], window: DayWindow): Promise<OpenCommitment[]> {
    const key = "dyad = ? AND kind = ANY(?::text[]) AND status IN ('open', 'overdue')";
    const rows = await this.rows<CommitmentMatchRow>(
      window
        ? `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${key} AND stated_day BETWEEN ? AND ?
           ORDER BY stated_day, article_id, event_local_id LIMIT 200`
        : `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${key} AND stated_day IS NULL
           ORDER BY article_id, event_local_id LIMIT 200`,
      window ? [dyad, kinds, window.low, window.high] : [dyad, kinds],
    );
    return rows.map(openCommitmentFromRow);
  }

  async fulfillingEvents(dyad: string, type: PloverType, window: DayWindow): Promise<FulfilmentCandidate[]> {
    const key = 'dyad = ? AND event = ? AND is_commitment = 0';
    const rows = await this.rows<Parameters<typeof candidateFromRow>[0] & pg.QueryResultRow>(
      window
        ? `SELECT ${EVENT_COLUMNS} FROM events WHERE ${key} AND day BETWEEN ? AND ?
           ORDER BY day, article_id, local_id LIMIT 200`
        : `SELECT ${EVENT_COLUMNS} FROM events WHERE ${key} AND day IS NULL ORDER BY article_id, local_id LIMIT 200`,
      window ? [dyad, type, window.low, window.high] : [dyad, type],
    );
    return rows.map(candidateFromRow);
  }

  async fulfil(
    rule: string,
    by: { articleId: string; eventId: string },
    commitment: { articleId: string; eventId: string },
  ): Promise<void> {
    await this.rows(
      `UPDATE commitments SET status = 'fulfilled', status_rule = ?, fulfilled_article = ?, fulfilled_event = ?
       WHERE article_id = ? AND event_local_id = ?`,
      [rule, by.articleId, by.eventId, commitment.articleId, commitment.eventId],
    );
  }

  async storyCandidates(dyad: string, window: DayWindow): Promise<StoryCandidate[]> {
    const base =
      'SELECT id, story_id, day FROM articles WHERE dyad = ? AND duplicate_of IS NULL AND story_id IS NOT NULL';
    const rows = await this.rows<{ id: string; story_id: string; day: string | null }>(
      window
        ? `${base} AND day BETWEEN ? AND ? ORDER BY seq DESC LIMIT 50`
        : `${base} AND day IS NULL ORDER BY seq DESC LIMIT 50`,
      window ? [dyad, window.low, window.high] : [dyad],
    );
    return rows.map((row) => ({ id: row.id, storyId: row.story_id, day: row.day }));
  }

  async articleActorIds(articleId: string): Promise<number[]> {
    const rows = await this.rows<{ entity_id: number }>(
      "SELECT ae.entity_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? AND e.type IN ('person', 'organization')",
      [articleId],
    );
    return rows.map((row) => row.entity_id);
  }

  async articleEventTypes(articleId: string): Promise<string[]> {
    const rows = await this.rows<{ event: string }>(
      'SELECT DISTINCT event FROM events WHERE article_id = ?',
      [articleId],
    );
    return rows.map((row) => row.event);
  }

  async storyOf(articleId: string): Promise<string | null> {
    const [row] = await this.rows<{ story_id: string | null }>('SELECT story_id FROM articles WHERE id = ?', [
      articleId,
    ]);
    return row?.story_id ?? null;
  }

  async storyMembers(storyIds: string[]): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      'SELECT id FROM articles WHERE story_id = ANY(?::text[]) ORDER BY id',
      [storyIds],
    );
    return rows.map((row) => row.id);
  }

  async copiesOf(articleId: string): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      'SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id',
      [articleId],
    );
    return rows.map((row) => row.id);
  }

  async moveToStory(articleIds: string[], story: string | null): Promise<void> {
    const rows = await this.rows<{ id: string; record: string }>(
      'SELECT id, record FROM articles WHERE id = ANY(?::text[])',
      [articleIds],
    );
    await this.rows(
      `UPDATE articles a SET story_id = ?, record = m.record
       FROM unnest(?::text[], ?::text[]) AS m(id, record) WHERE a.id = m.id`,
      [story, rows.map((row) => row.id), rows.map((row) => withStory(row.record, story))],
    );
  }

  async refreshStories(storyIds: string[]): Promise<void> {
    for (const sql of [...storyRowsSql((column) => `${column} = ANY(?::text[])`), ...REFRESH_STORIES_SQL])
      await this.rows(sql, [storyIds]);
  }
}
