import type {
  ArticleRecord,
  CommitmentKind,
  Commitment,
  EventRecord,
  OutputRecord,
  PloverType,
} from '../records/article.js';

/** One extracted and analysed page, ready to be stored in one transaction. */
export interface PageToStore {
  sha256: string;
  uri: string;
  /** The input it came from (file, folder, feed, WARC, URL list), for traceability. */
  origin: string;
  format: string;
  byteLength: number;
  records: OutputRecord[];
  /**
   * MinHash signatures by record index (`recordSignature`), when the analysis already computed them
   * off the writer thread; the store computes them otherwise.
   */
  signatures?: Array<Uint32Array | null>;
}

/** What storing one page added. `stored` is false when the page was already there. */
export interface StorePageResult {
  stored: boolean;
  articles: number;
  events: number;
  duplicates: number;
  errors: string[];
}

/** A per-item failure kept in the `errors` table. */
export interface IngestError {
  uri: string;
  code: string;
  message: string;
  pageSha256: string | null;
}

/** What the fetcher remembers about a URL for conditional re-fetches. */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
}

export type CommitmentStatus = Commitment['status'];

/**
 * How a word search is ordered: `newest` lists matches latest stored first (cost bounded by the
 * page size at any corpus size); `relevance` ranks the newest matches by bm25, which reads every
 * match of each word to weigh it, so it costs more on common words in a large store.
 */
export const SEARCH_ORDERS = ['newest', 'relevance'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

/** Filters shared by `query`, `export` and `stats`; every field is optional. */
export interface ArticleFilter {
  /** Full-text query (words, all required; accent- and case-insensitive). */
  text?: string;
  /** One country (any role) or two (the dyad, either direction), ISO alpha-3. */
  countries?: string[];
  eventType?: PloverType;
  quad?: number;
  mode?: string;
  context?: string;
  sector?: string;
  /** A person's name, full or surname, any spelling the resolver knows. */
  person?: string;
  /** Inclusive ISO days on the article date. */
  from?: string;
  to?: string;
  language?: string;
  commitmentStatus?: CommitmentStatus;
  /** Events at least this confident (0–1). */
  minConfidence?: number;
  /** Main articles only: teasers (other articles' summaries on a page) left out. */
  mainOnly?: boolean;
  /** Events whose actor and recipient are both known (they have a dyad). */
  bothSides?: boolean;
  /** Words of the source address (publisher host or path), case-insensitive. */
  source?: string;
  /** Near-duplicate copies are hidden unless asked for. */
  includeDuplicates?: boolean;
  /**
   * Order of a word search (default `newest`); searches without words are newest first. Event
   * rows come oldest stored first unless `newest` is given.
   */
  order?: SearchOrder;
  limit?: number;
}

/** One search result. */
export interface ArticleHit {
  id: string;
  kind: string;
  title: string | null;
  published: string | null;
  language: string | null;
  uri: string;
  duplicateOf: string | null;
  story: string | null;
  events: number;
}

/** One stored event with the article it came from (commitment status as the store decided it). */
export interface EventRow {
  articleId: string;
  uri: string;
  published: string | null;
  title: string | null;
  story: string | null;
  record: ArticleRecord;
  /** False when the same event was already counted from the canonical copy of a duplicate. */
  counted: boolean;
  event: EventRecord;
  evidenceText: string;
}

/** A resolved entity across articles. */
export interface EntitySummary {
  id: number;
  type: string;
  name: string;
  country: string | null;
  aliases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
}

/** One stretch of a role timeline: a title held for a country, and where it was seen. */
export interface RoleSpell {
  title: string;
  country: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: string[];
}

/** A stored commitment and how its status was decided. */
export interface CommitmentRow {
  articleId: string;
  eventId: string;
  kind: CommitmentKind;
  by: string | null;
  to: string | null;
  what: string | null;
  dueValue: string | null;
  dueDay: string | null;
  status: CommitmentStatus;
  statusRule: string | null;
  /** The event that fulfilled the commitment and its article, so a reader can check the link. */
  fulfilledBy: FulfillingEvent | null;
}

/** The fulfilling event of a commitment: its article (id, title), local event id, PLOVER type and day. */
export interface FulfillingEvent {
  articleId: string;
  eventId: string;
  title: string | null;
  event: PloverType | null;
  day: string | null;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface StoreTotals {
  pages: number;
  articles: number;
  duplicates: number;
  events: number;
  stories: number;
  entities: number;
  commitments: number;
  errors: number;
}

/** Which of the matching articles the stats counted. */
export interface StatsCoverage {
  /** Every matching article was counted; when false, only the newest `articleLimit` were. */
  complete: boolean;
  /** Matching articles counted at most, newest published first (then latest stored). */
  articleLimit: number;
  /** In words: the articles and events counted, e.g. `main articles, …; every matching article`. */
  description: string;
}

export interface StoreStats {
  /** The whole store. */
  totals: StoreTotals;
  /**
   * What the filter matches: articles, and their counted events the filter keeps; at most the
   * newest `coverage.articleLimit` articles (`coverage` says which).
   */
  matching: { articles: number; events: number };
  coverage: StatsCoverage;
  byDyad: CountRow[];
  byType: CountRow[];
  byMonth: CountRow[];
}

/** Result of re-deciding commitment statuses as of a day. */
export interface CommitmentRefresh {
  asOf: string | null;
  overdue: number;
  open: number;
  fulfilled: number;
}

/** A saved filter whose new matching events an analyst wants to hear about. */
export interface Watchlist {
  id: number;
  name: string;
  filter: ArticleFilter;
  webhookUrl: string | null;
  webhookSecret: string | null;
  unread: number;
}

/** One event a watchlist matched. */
export interface WatchlistEvent {
  row: EventRow;
  read: boolean;
  delivered: boolean;
}

/** A person seen acting in a dyad's events, with the roles the articles give them. */
export interface DossierPerson {
  name: string;
  country: string | null;
  roles: string[];
  events: number;
}

/** One of a dyad's latest events, as the dossier lists it. */
export interface DossierEvent {
  articleId: string;
  title: string | null;
  /** The event's day as stored (its own date, else the article's). */
  date: string | null;
  event: EventRecord['event'];
  quad: EventRecord['quad'];
  mode: string[];
  actor: string[];
  recipient: string[];
  evidence: string;
}

/** Everything the country-pair page shows, computed from stored events and commitments. */
export interface Dossier {
  countries: [string, string];
  totals: { events: number; cooperation: number; conflict: number; balance: number };
  byType: Array<{ key: string; count: number }>;
  byMonth: Array<{ month: string; quad1: number; quad2: number; quad3: number; quad4: number }>;
  latest: DossierEvent[];
  persons: DossierPerson[];
  /** Overdue, then open, then fulfilled; latest stated first. */
  commitments: CommitmentRow[];
  stories: Array<{ id: string; articles: number; events: number; title: string | null }>;
  /** How many persons, commitments and stories the pair has (the lists hold the first ones). */
  listTotals: { persons: number; commitments: number; stories: number };
}

/** An original article and the near-duplicate copies that repeat it. */
export interface DuplicateGroup {
  original: ArticleHit;
  copies: ArticleHit[];
}

/**
 * Everything the rest of Entente does with stored articles. Implementations (SQLite now,
 * PostgreSQL later) pass the same contract tests in `test-support/article-store.contract.ts`.
 */
export interface ArticleStore {
  hasPage(sha256: string): Promise<boolean>;
  /** Store a page and all its records in one transaction; a page already stored adds nothing. */
  storePage(page: PageToStore): Promise<StorePageResult>;
  /** Store pages in order in one transaction (all or none): how bulk ingest amortises commits. */
  storePages(pages: PageToStore[]): Promise<StorePageResult[]>;
  recordError(error: IngestError): Promise<void>;
  sourceState(uri: string): Promise<SourceState | null>;
  saveSourceState(uri: string, kind: string, state: SourceState): Promise<void>;
  /** Mark open commitments overdue when due before `asOf` (default: latest article day in the store). */
  refreshCommitments(asOf?: string): Promise<CommitmentRefresh>;
  searchArticles(filter: ArticleFilter): Promise<ArticleHit[]>;
  /** Every article (duplicates too) of the page with this content hash, in page order. */
  pageArticles(sha256: string): Promise<ArticleHit[]>;
  /**
   * The near-duplicate group of an article: its original (itself when it is one; the dated, else
   * the earliest published, else the first stored copy) and the original's copies, in stored order.
   * Null for an unknown id.
   */
  duplicateGroup(id: string): Promise<DuplicateGroup | null>;
  articleRecords(filter: ArticleFilter): AsyncIterable<ArticleRecord>;
  eventRows(filter: ArticleFilter): AsyncIterable<EventRow>;
  article(id: string): Promise<ArticleRecord | null>;
  findEntities(name: string): Promise<EntitySummary[]>;
  entity(id: number): Promise<EntitySummary | null>;
  roleTimeline(entityId: number): Promise<RoleSpell[]>;
  commitments(status?: CommitmentStatus): Promise<CommitmentRow[]>;
  /**
   * The dossier of two countries (either direction): counted, asserted events of the pair in
   * non-duplicate articles by type, month and story, the latest `latestCount` of them, the persons
   * acting in them, and the commitments between the two (or by either with no counterpart).
   */
  dyadDossier(a: string, b: string, latestCount: number): Promise<Dossier>;
  /**
   * Totals, and counts of what `filter` matches over at most the newest `articleLimit` matching
   * articles (default `STATS_ARTICLE_LIMIT`); `coverage` says whether more matched.
   */
  stats(filter: ArticleFilter, articleLimit?: number): Promise<StoreStats>;
  errorCounts(): Promise<CountRow[]>;
  /** Stored per-item errors, in the order they were recorded, optionally of one code. */
  ingestErrors(options: { code?: string; limit: number; offset?: number }): Promise<IngestError[]>;
  /** Save a watchlist; events already stored that match it start as read. */
  createWatchlist(input: {
    name: string;
    filter: ArticleFilter;
    webhookUrl?: string | null;
    webhookSecret?: string | null;
  }): Promise<Watchlist>;
  watchlists(): Promise<Watchlist[]>;
  /** Give a watchlist a new name; false when there is no such watchlist. */
  renameWatchlist(id: number, name: string): Promise<boolean>;
  deleteWatchlist(id: number): Promise<boolean>;
  /** Record events stored since the last refresh that match a watchlist, as unread; returns them. */
  refreshWatchlist(id: number): Promise<WatchlistEvent[]>;
  /**
   * The events a watchlist recorded that still match it, newest recorded first. With `refresh`,
   * first records new matches as `refreshWatchlist` does, in the same scan of stored events (one
   * pass instead of two when a caller wants both).
   */
  watchlistEvents(id: number, options?: { refresh?: boolean }): Promise<WatchlistEvent[]>;
  markWatchlistRead(id: number): Promise<number>;
  markWatchlistDelivered(id: number, articleId: string, eventId: string): Promise<void>;
  /** A hash of all stored content (no wall-clock fields), to compare two databases. */
  contentDigest(): Promise<string>;
  /**
   * Finish, between writes, what migrations left for after open (SQLite: migration 13's index of
   * the articles stored before it), reporting progress in articles; resolves when done or when the
   * store closes (a later call resumes). Stores with nothing left to do have none.
   */
  finishBackfills?(onProgress?: (progress: { done: number; total: number }) => void): Promise<void>;
  close(): Promise<void>;
}

/** A failure of the database itself (read-only, full disk, cannot open): the run cannot go on. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
