import type { FulfilmentCandidate, StoredCommitment } from '../../dedupe/commitment-match.js';
import type { PloverType } from '../../records/article.js';

/** A stored entity a new mention may join. */
export interface EntityMatch {
  id: number;
  name: string;
  country: string | null;
}

/** A new store-wide entity. */
export interface NewEntity {
  type: string;
  name: string;
  nameKey: string;
  surnameKey: string | null;
  country: string | null;
  sector: string | null;
  day: string | null;
}

export interface PageRow {
  sha256: string;
  uri: string;
  origin: string;
  format: string;
  byteLength: number;
  recordCount: number;
}

/** One article row; `title` and `body` are what the full-text index holds. */
export interface ArticleRow {
  id: string;
  pageSha256: string;
  kind: string;
  parent: string | null;
  position: number;
  uri: string;
  language: string | null;
  title: string | null;
  published: string | null;
  day: string | null;
  dyad: string | null;
  duplicateOf: string | null;
  storyId: string | null;
  minhash: Buffer | null;
  /** The full record as JSON. */
  record: string;
  body: string;
  /** The country pairs of the record's events (`eventDyad`), each once, in order (SQLite indexes them for words + pair searches). */
  pairs: string[];
}

export interface EntityLinkRow {
  articleId: string;
  localId: string;
  entityId: number;
}

export interface MentionRow extends EntityLinkRow {
  start: number;
  end: number;
  ruleId: string;
}

export interface RoleRow {
  entityId: number;
  articleId: string;
  title: string;
  country: string | null;
  day: string | null;
  start: number;
  end: number;
  ruleId: string;
}

export interface DateRow {
  articleId: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
  grain: string;
  anchor: string;
  ruleId: string;
}

export interface EventRow {
  articleId: string;
  localId: string;
  event: PloverType;
  cameo: string;
  quad: number;
  /** JSON arrays. */
  mode: string;
  context: string;
  sectors: string;
  actorCodes: string;
  recipientCodes: string;
  dyad: string | null;
  day: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  evidenceText: string;
  cueStart: number;
  cueEnd: number;
  ruleId: string;
  confidence: number;
  negated: boolean;
  hypothetical: boolean;
  isCommitment: boolean;
  counted: boolean;
}

export interface ParticipantRow {
  articleId: string;
  eventLocalId: string;
  side: 'actor' | 'recipient';
  entityId: number;
}

export interface CommitmentInsertRow {
  articleId: string;
  eventLocalId: string;
  kind: string;
  byCode: string | null;
  toCode: string | null;
  dyad: string | null;
  what: string | null;
  dueText: string | null;
  dueValue: string | null;
  dueDay: string | null;
  statedDay: string | null;
  status: string;
  statusRule: string | null;
}

/** What the duplicate finder reads of a stored article. */
export interface ArticleSignature {
  minhash: Uint8Array | null;
  duplicateOf: string | null;
  day: string | null;
}

/** An inclusive range of ISO days; `null` asks for the undated rows instead. */
export type DayWindow = { low: string; high: string } | null;

/** An open commitment with the event that states it. */
export interface OpenCommitment extends StoredCommitment {
  eventId: string;
}

/** A canonical article that may share a story with a new one. */
export interface StoryCandidate {
  id: string;
  storyId: string;
  day: string | null;
}

/**
 * What the page writer needs from a database: plain reads and writes, no decisions. Each back end
 * (SQLite, PostgreSQL) implements it; the decisions (duplicates, stories, commitment fulfilment,
 * entity resolution) live once in this folder. Candidate lists come in a fixed order (day, then ids
 * in byte order) so every back end reaches the same decisions.
 */
export interface PageStorage {
  /**
   * Run `work` in one transaction (all or none), alone among writers: no other writer of the same
   * database decides anything until it commits, so concurrent writers decide as one would.
   */
  exclusiveTransaction<T>(work: () => Promise<T>): Promise<T>;
  hasPage(sha256: string): Promise<boolean>;
  insertPage(page: PageRow): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  /** Insert an article and its full-text entry. */
  insertArticle(row: ArticleRow): Promise<void>;
  insertError(uri: string, pageSha256: string | null, code: string, message: string): Promise<void>;

  /** The newest `limit` articles of an LSH bucket. */
  bucketArticles(bandKey: number, limit: number): Promise<string[]>;
  insertBuckets(articleId: string, bandKeys: number[]): Promise<void>;
  /** A stored article's signature, the original it copies (if any) and its publication day. */
  articleSignature(id: string): Promise<ArticleSignature | null>;
  /**
   * Make `originalId` (just stored as an original) the original of `formerId` and its copies:
   * they become its copies, and their events count only where the original lacks them. Whatever
   * the back end derives from originals (dossier figures) follows.
   */
  promoteOriginal(originalId: string, formerId: string): Promise<void>;

  entitiesByAlias(aliasKey: string, type: string): Promise<EntityMatch[]>;
  personsBySurname(surnameKey: string): Promise<EntityMatch[]>;
  insertEntity(entity: NewEntity): Promise<number>;
  /** Adds the alias unless the entity already has it. */
  insertAlias(entityId: number, alias: string, aliasKey: string): Promise<void>;
  renameEntity(entityId: number, name: string, nameKey: string, country: string | null): Promise<void>;
  widenEntitySeen(entityId: number, day: string): Promise<void>;

  /** Links already present are kept. */
  insertArticleEntities(rows: EntityLinkRow[]): Promise<void>;
  insertMentions(rows: MentionRow[]): Promise<void>;
  insertRoles(rows: RoleRow[]): Promise<void>;
  insertDates(rows: DateRow[]): Promise<void>;
  insertEvents(rows: EventRow[]): Promise<void>;
  /** Participants already present are kept. */
  insertParticipants(rows: ParticipantRow[]): Promise<void>;
  /** `event|actor codes|recipient codes` of each event of an article. */
  eventKeys(articleId: string): Promise<string[]>;

  insertCommitment(row: CommitmentInsertRow): Promise<void>;
  /** Open or overdue commitments of a dyad and kinds, stated in the window; by day, article, event. */
  openCommitments(dyad: string, kinds: string[], window: DayWindow): Promise<OpenCommitment[]>;
  /** Asserted non-commitment events of a dyad and type in the window; by day, article, event. */
  fulfillingEvents(dyad: string, type: PloverType, window: DayWindow): Promise<FulfilmentCandidate[]>;
  fulfil(
    rule: string,
    by: { articleId: string; eventId: string },
    commitment: { articleId: string; eventId: string },
  ): Promise<void>;

  /** The newest canonical articles of a dyad with a story, dated in the window. */
  storyCandidates(dyad: string, window: DayWindow): Promise<StoryCandidate[]>;
  /** Person and organisation entity ids of an article. */
  articleActorIds(articleId: string): Promise<number[]>;
  articleEventTypes(articleId: string): Promise<string[]>;
  storyOf(articleId: string): Promise<string | null>;
  /** The articles of some stories, by id. */
  storyMembers(storyIds: string[]): Promise<string[]>;
  /** The copies of an original, by id. */
  copiesOf(articleId: string): Promise<string[]>;
  /** Stored articles join story `story` (none: `null`): the column and the record JSON (`withStory`). */
  moveToStory(articleIds: string[], story: string | null): Promise<void>;
  /**
   * Stories' rows computed again from their members (gone when none is left); whatever the back
   * end derives from stories (dossier figures) follows.
   */
  refreshStories(storyIds: string[]): Promise<void>;
}
