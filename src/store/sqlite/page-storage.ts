import type Database from 'better-sqlite3';
import type { FulfilmentCandidate } from '../../dedupe/commitment-match.js';
import type { PloverType } from '../../records/article.js';
import { dayKeySql, FTS_BY_DAY, pairTokens } from './fts-by-day.js';
import { dyadFiguresRefresher } from './dyad-figures-refresh.js';
import { SqliteStoryRows } from './story-rows.js';
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

interface EventMatchRow {
  article_id: string;
  local_id: string;
  event: PloverType;
  mode: string;
  actor_codes: string;
  recipient_codes: string;
  sectors: string;
  evidence_text: string;
  day: string | null;
  negated: number;
  hypothetical: number;
  is_commitment: number;
}

/** An open commitment row as both stores select it (COMMITMENT_COLUMNS). */
export interface CommitmentMatchRow {
  article_id: string;
  event_local_id: string;
  kind: OpenCommitment['kind'];
  by_code: string | null;
  to_code: string | null;
  what: string | null;
  stated_day: string | null;
}

/** Busy timeouts (5 s each) a writer waits for the write lock before it gives up. */
const BEGIN_ATTEMPTS = 6;

const COMMITMENT_COLUMNS = 'article_id, event_local_id, kind, by_code, to_code, what, stated_day';
const OPEN_COMMITMENT_KEY =
  "dyad = @dyad AND kind IN (SELECT value FROM json_each(@kinds)) AND status IN ('open', 'overdue')";
const EVENT_COLUMNS = `article_id, local_id, event, mode, actor_codes, recipient_codes, sectors, evidence_text, day,
  negated, hypothetical, is_commitment`;
const FULFILLING_EVENT_KEY = 'dyad = @dyad AND event = @type AND is_commitment = 0';

/** A stored event as a fulfilment candidate (shared with the PostgreSQL store's rows). */
export function candidateFromRow(row: EventMatchRow): FulfilmentCandidate {
  return {
    event: row.event,
    mode: JSON.parse(row.mode) as string[],
    actorCodes: row.actor_codes.split(','),
    recipientCodes: row.recipient_codes.split(','),
    sectors: JSON.parse(row.sectors) as string[],
    evidenceText: row.evidence_text,
    articleId: row.article_id,
    eventId: row.local_id,
    day: row.day,
    negated: Boolean(row.negated),
    hypothetical: Boolean(row.hypothetical),
    isCommitment: Boolean(row.is_commitment),
  };
}

/** An open commitment row as the writer's OpenCommitment (shared with the PostgreSQL store). */
export function openCommitmentFromRow(row: CommitmentMatchRow): OpenCommitment {
  return {
    kind: row.kind,
    by: row.by_code,
    to: row.to_code,
    what: row.what,
    articleId: row.article_id,
    eventId: row.event_local_id,
    statedDay: row.stated_day,
  };
}

/** The page writer's storage port over one SQLite connection (prepared statements). */
export class SqlitePageStorage implements PageStorage {
  private readonly hasPageStatement: Database.Statement;
  private readonly insertArticleStatement: Database.Statement;
  private readonly hasArticleStatement: Database.Statement;
  private readonly insertFts: Database.Statement;
  private readonly insertFtsByDay: Database.Statement;
  private readonly bucketArticlesStatement: Database.Statement;
  private readonly articleSignatureStatement: Database.Statement;
  private readonly byAlias: Database.Statement;
  private readonly bySurname: Database.Statement;
  private readonly insertEntityStatement: Database.Statement;
  private readonly renameStatement: Database.Statement;
  private readonly widenSeen: Database.Statement;
  private readonly eventKeysStatement: Database.Statement;
  private readonly openCommitmentsDated: Database.Statement;
  private readonly openCommitmentsUndated: Database.Statement;
  private readonly eventsDated: Database.Statement;
  private readonly eventsUndated: Database.Statement;
  private readonly fulfilStatement: Database.Statement;
  private readonly storyCandidatesDated: Database.Statement;
  private readonly storyCandidatesUndated: Database.Statement;
  private readonly articleActorIdsStatement: Database.Statement;
  private readonly articleEventTypesStatement: Database.Statement;
  private readonly storyOfStatement: Database.Statement;
  private readonly pairsOfStatement: Database.Statement;
  private readonly repointCopies: Database.Statement;
  private readonly demoteStatement: Database.Statement;
  private readonly recountCopies: Database.Statement;
  private readonly unlistCopies: Database.Statement;
  private readonly listCopies: Database.Statement;
  private readonly refreshDyadFigures: (dyads: Iterable<string>) => void;
  private readonly stories: SqliteStoryRows;
  /** The transaction in progress: writes are chained, one at a time, on this one connection. */
  private queue: Promise<unknown> = Promise.resolve();
  /** One prepared single-row INSERT per table appended to (`row-tables.ts`). */
  private readonly inserts = new Map<RowTable<never>, Database.Statement>();

  /** Each of `rows` through the table's prepared INSERT. */
  private insertRows<Row>(table: RowTable<Row>, rows: Row[]): void {
    let statement = this.inserts.get(table as RowTable<never>);
    if (!statement) {
      statement = this.db.prepare(insertSql(table));
      this.inserts.set(table as RowTable<never>, statement);
    }
    for (const row of rows) statement.run(...table.values(row));
  }

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.hasPageStatement = p('SELECT 1 FROM pages WHERE sha256 = ?');
    this.insertArticleStatement = p(
      `INSERT INTO articles (id, page_sha256, kind, parent, position, uri, language, title, published, day, dyad,
         duplicate_of, story_id, minhash, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.hasArticleStatement = p('SELECT 1 FROM articles WHERE id = ?');
    this.insertFts = p('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
    this.insertFtsByDay = p(
      `INSERT INTO ${FTS_BY_DAY} (rowid, title, body, pairs) VALUES (${dayKeySql('@day', '@seq')}, @title, @body, @pairs)`,
    );
    this.bucketArticlesStatement = p(
      'SELECT article_id FROM lsh_buckets WHERE band_key = ? ORDER BY rowid DESC LIMIT ?',
    );
    this.articleSignatureStatement = p('SELECT duplicate_of, minhash, day FROM articles WHERE id = ?');
    this.byAlias = p(
      'SELECT e.id, e.name, e.country FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? AND e.type = ? ORDER BY e.id',
    );
    this.bySurname = p(
      "SELECT id, name, country FROM entities WHERE type = 'person' AND surname_key = ? ORDER BY id",
    );
    this.insertEntityStatement = p(
      'INSERT INTO entities (type, name, name_key, surname_key, country, sector, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.renameStatement = p(
      'UPDATE entities SET name = ?, name_key = ?, country = COALESCE(country, ?) WHERE id = ?',
    );
    this.widenSeen = p(
      `UPDATE entities SET
         first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END,
         last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END
       WHERE id = ?`,
    );
    this.eventKeysStatement = p(
      "SELECT event || '|' || actor_codes || '|' || recipient_codes AS key FROM events WHERE article_id = ?",
    );
    // Candidates are narrowed by dyad, kind/type and the fulfilment horizon so look-ups stay flat in
    // corpus size. Dated and undated rows are separate index searches (an undated event never
    // fulfils a dated commitment, nor the reverse).
    this.openCommitmentsDated = p(
      `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${OPEN_COMMITMENT_KEY} AND stated_day BETWEEN @low AND @high
       ORDER BY stated_day, article_id, event_local_id LIMIT 200`,
    );
    this.openCommitmentsUndated = p(
      `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${OPEN_COMMITMENT_KEY} AND stated_day IS NULL
       ORDER BY article_id, event_local_id LIMIT 200`,
    );
    // One event type per search: the (dyad, event, day) index then yields rows in day order.
    this.eventsDated = p(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${FULFILLING_EVENT_KEY} AND day BETWEEN @low AND @high
       ORDER BY day, article_id, local_id LIMIT 200`,
    );
    this.eventsUndated = p(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${FULFILLING_EVENT_KEY} AND day IS NULL
       ORDER BY article_id, local_id LIMIT 200`,
    );
    this.fulfilStatement = p(
      `UPDATE commitments SET status = 'fulfilled', status_rule = ?, fulfilled_article = ?, fulfilled_event = ?
       WHERE article_id = ? AND event_local_id = ?`,
    );
    // Dated and undated articles are separate searches of the covering candidates index (an OR
    // of both would read and sort every undated article of the dyad: teasers are often undated).
    this.storyCandidatesDated = p(
      `SELECT id, story_id, day FROM articles INDEXED BY articles_story_candidates WHERE dyad = ? AND day BETWEEN ? AND ?
         AND duplicate_of IS NULL AND story_id IS NOT NULL ORDER BY seq DESC LIMIT 50`,
    );
    this.storyCandidatesUndated = p(
      `SELECT id, story_id, day FROM articles INDEXED BY articles_story_candidates WHERE dyad = ? AND day IS NULL
         AND duplicate_of IS NULL AND story_id IS NOT NULL ORDER BY seq DESC LIMIT 50`,
    );
    this.articleActorIdsStatement = p(
      "SELECT ae.entity_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? AND e.type IN ('person', 'organization')",
    );
    this.articleEventTypesStatement = p('SELECT DISTINCT event FROM events WHERE article_id = ?');
    this.storyOfStatement = p('SELECT story_id FROM articles WHERE id = ?');
    this.refreshDyadFigures = dyadFiguresRefresher(db);
    this.stories = new SqliteStoryRows(db);
    this.pairsOfStatement = p('SELECT DISTINCT dyad FROM events WHERE article_id = ? AND dyad IS NOT NULL');
    this.repointCopies = p('UPDATE articles SET duplicate_of = @original WHERE duplicate_of = @former');
    this.demoteStatement = p('UPDATE articles SET duplicate_of = @original WHERE id = @former');
    // A copy's event counts unless its original has the same event between the same sides.
    this.recountCopies = p(
      `UPDATE events SET counted = NOT EXISTS (SELECT 1 FROM events o WHERE o.article_id = @original
         AND o.event = events.event AND o.actor_codes = events.actor_codes AND o.recipient_codes = events.recipient_codes)
       WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of = @original)`,
    );
    // The copies' pair listings (migration 8) follow their recounted events: the trigger sees inserts only.
    const copyEvents = `FROM articles a JOIN events e ON e.article_id = a.id
       WHERE a.duplicate_of = @original AND e.dyad IS NOT NULL`;
    this.unlistCopies = p(
      `DELETE FROM article_dyads WHERE (dyad, day, seq) IN (SELECT e.dyad, COALESCE(a.day, ''), a.seq ${copyEvents})`,
    );
    this.listCopies = p(
      `INSERT OR IGNORE INTO article_dyads (dyad, day, seq)
       SELECT e.dyad, COALESCE(a.day, ''), a.seq ${copyEvents} AND e.counted = 1`,
    );
  }

  /**
   * BEGIN IMMEDIATE: takes the write lock up front (no deadlock between two writers), waiting up
   * to the busy timeout, and a few times more while another writer (the CLI, the API) holds it.
   */
  private beginImmediate(): void {
    for (let attempt = 1; ; attempt++) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        const busy = /^SQLITE_BUSY/.test(String((error as { code?: unknown }).code ?? ''));
        if (!busy || attempt >= BEGIN_ATTEMPTS) throw error;
      }
    }
  }

  exclusiveTransaction<T>(work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.beginImmediate();
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async hasPage(sha256: string): Promise<boolean> {
    return this.hasPageStatement.get(sha256) !== undefined;
  }

  async insertPage(page: PageRow): Promise<void> {
    this.insertRows(PAGES, [page]);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.hasArticleStatement.get(id) !== undefined;
  }

  async insertArticle(row: ArticleRow): Promise<void> {
    const inserted = this.insertArticleStatement.run(
      row.id,
      row.pageSha256,
      row.kind,
      row.parent,
      row.position,
      row.uri,
      row.language,
      row.title,
      row.published,
      row.day,
      row.dyad,
      row.duplicateOf,
      row.storyId,
      row.minhash,
      row.record,
    );
    const seq = Number(inserted.lastInsertRowid);
    this.insertFts.run(seq, row.title ?? '', row.body);
    this.insertFtsByDay.run({
      day: row.day,
      seq,
      title: row.title ?? '',
      body: row.body,
      pairs: pairTokens(row.pairs),
    });
  }

  async insertError(uri: string, pageSha256: string | null, code: string, message: string): Promise<void> {
    this.insertRows(ERRORS, [{ uri, pageSha256, code, message }]);
  }

  async bucketArticles(bandKey: number, limit: number): Promise<string[]> {
    return (this.bucketArticlesStatement.all(bandKey, limit) as Array<{ article_id: string }>).map(
      (row) => row.article_id,
    );
  }

  async insertBuckets(articleId: string, bandKeys: number[]): Promise<void> {
    this.insertRows(
      BUCKETS,
      bandKeys.map((bandKey) => ({ bandKey, articleId })),
    );
  }

  async articleSignature(id: string): Promise<ArticleSignature | null> {
    const row = this.articleSignatureStatement.get(id) as
      { duplicate_of: string | null; minhash: Buffer | null; day: string | null } | undefined;
    return row ? { minhash: row.minhash, duplicateOf: row.duplicate_of, day: row.day } : null;
  }

  async promoteOriginal(originalId: string, formerId: string): Promise<void> {
    const ids = { original: originalId, former: formerId };
    this.repointCopies.run(ids);
    this.demoteStatement.run(ids);
    this.recountCopies.run(ids);
    this.unlistCopies.run(ids);
    this.listCopies.run(ids);
    // Only originals feed the dossier figures: the former original's pairs are computed again.
    const pairs = (this.pairsOfStatement.all(formerId) as Array<{ dyad: string }>).map((row) => row.dyad);
    this.refreshDyadFigures(pairs);
  }

  async entitiesByAlias(aliasKey: string, type: string): Promise<EntityMatch[]> {
    return this.byAlias.all(aliasKey, type) as EntityMatch[];
  }

  async personsBySurname(surnameKey: string): Promise<EntityMatch[]> {
    return this.bySurname.all(surnameKey) as EntityMatch[];
  }

  async insertEntity(e: NewEntity): Promise<number> {
    return Number(
      this.insertEntityStatement.run(
        e.type,
        e.name,
        e.nameKey,
        e.surnameKey,
        e.country,
        e.sector,
        e.day,
        e.day,
      ).lastInsertRowid,
    );
  }

  async insertAlias(entityId: number, alias: string, aliasKey: string): Promise<void> {
    this.insertRows(ALIASES, [{ entityId, alias, aliasKey }]);
  }

  async renameEntity(entityId: number, name: string, nameKey: string, country: string | null): Promise<void> {
    this.renameStatement.run(name, nameKey, country, entityId);
  }

  async widenEntitySeen(entityId: number, day: string): Promise<void> {
    this.widenSeen.run(day, day, day, day, entityId);
  }

  async insertArticleEntities(rows: EntityLinkRow[]): Promise<void> {
    this.insertRows(ARTICLE_ENTITIES, rows);
  }

  async insertMentions(rows: MentionRow[]): Promise<void> {
    this.insertRows(MENTIONS, rows);
  }

  async insertRoles(rows: RoleRow[]): Promise<void> {
    this.insertRows(ROLES, rows);
  }

  async insertDates(rows: DateRow[]): Promise<void> {
    this.insertRows(DATES, rows);
  }

  async insertEvents(rows: EventRow[]): Promise<void> {
    this.insertRows(EVENTS, rows);
  }

  async insertParticipants(rows: ParticipantRow[]): Promise<void> {
    this.insertRows(PARTICIPANTS, rows);
  }

  async eventKeys(articleId: string): Promise<string[]> {
    return (this.eventKeysStatement.all(articleId) as Array<{ key: string }>).map((row) => row.key);
  }

  async insertCommitment(r: CommitmentInsertRow): Promise<void> {
    this.insertRows(COMMITMENTS, [r]);
  }

  async openCommitments(dyad: string, kinds: string[], window: DayWindow): Promise<OpenCommitment[]> {
    const key = { dyad, kinds: JSON.stringify(kinds) };
    const rows = (
      window ? this.openCommitmentsDated.all({ ...key, ...window }) : this.openCommitmentsUndated.all(key)
    ) as CommitmentMatchRow[];
    return rows.map(openCommitmentFromRow);
  }

  async fulfillingEvents(dyad: string, type: PloverType, window: DayWindow): Promise<FulfilmentCandidate[]> {
    const rows = (
      window ? this.eventsDated.all({ dyad, type, ...window }) : this.eventsUndated.all({ dyad, type })
    ) as EventMatchRow[];
    return rows.map(candidateFromRow);
  }

  async fulfil(
    rule: string,
    by: { articleId: string; eventId: string },
    commitment: { articleId: string; eventId: string },
  ): Promise<void> {
    this.fulfilStatement.run(rule, by.articleId, by.eventId, commitment.articleId, commitment.eventId);
  }

  async storyCandidates(dyad: string, window: DayWindow): Promise<StoryCandidate[]> {
    const rows = (
      window
        ? this.storyCandidatesDated.all(dyad, window.low, window.high)
        : this.storyCandidatesUndated.all(dyad)
    ) as Array<{ id: string; story_id: string; day: string | null }>;
    return rows.map((row) => ({ id: row.id, storyId: row.story_id, day: row.day }));
  }

  async articleActorIds(articleId: string): Promise<number[]> {
    return (this.articleActorIdsStatement.all(articleId) as Array<{ entity_id: number }>).map(
      (row) => row.entity_id,
    );
  }

  async articleEventTypes(articleId: string): Promise<string[]> {
    return (this.articleEventTypesStatement.all(articleId) as Array<{ event: string }>).map(
      (row) => row.event,
    );
  }

  async storyOf(articleId: string): Promise<string | null> {
    return (
      (this.storyOfStatement.get(articleId) as { story_id: string | null } | undefined)?.story_id ?? null
    );
  }

  async storyMembers(storyIds: string[]): Promise<string[]> {
    return this.stories.storyMembers(storyIds);
  }

  async copiesOf(articleId: string): Promise<string[]> {
    return this.stories.copiesOf(articleId);
  }

  async moveToStory(articleIds: string[], story: string | null): Promise<void> {
    this.stories.moveToStory(articleIds, story);
  }

  async refreshStories(storyIds: string[]): Promise<void> {
    this.stories.refreshStories(storyIds);
  }
}
