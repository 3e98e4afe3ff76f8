import type { ArticleStore } from './article-store.js';
import type { EventReads, JsonReads } from './result-pages.js';
import type { SqliteReadPool } from './sqlite/read-pool.js';

/**
 * A store whose plain reads (searches, records, entities, dossiers, stats, event pages and counts;
 * article pages and dossiers also as the API's JSON text) run on a pool of
 * read-only connections in worker threads, while writes, watchlists and streamed exports stay
 * on the one writable store. Closing it closes both.
 */
export class PooledReadStore implements ArticleStore, EventReads, JsonReads {
  constructor(
    private readonly store: ArticleStore,
    private readonly pool: SqliteReadPool,
  ) {}

  readonly searchArticles: ArticleStore['searchArticles'] = (filter) =>
    this.pool.read('searchArticles', filter);
  readonly article: ArticleStore['article'] = (id) => this.pool.read('article', id);
  readonly findEntities: ArticleStore['findEntities'] = (name) => this.pool.read('findEntities', name);
  readonly entity: ArticleStore['entity'] = (id) => this.pool.read('entity', id);
  readonly roleTimeline: ArticleStore['roleTimeline'] = (id) => this.pool.read('roleTimeline', id);
  readonly commitments: ArticleStore['commitments'] = (status) => this.pool.read('commitments', status);
  readonly dyadDossier: ArticleStore['dyadDossier'] = (a, b, latest) =>
    this.pool.read('dyadDossier', a, b, latest);
  readonly stats: ArticleStore['stats'] = (filter, articleLimit) =>
    this.pool.read('stats', filter, articleLimit);
  readonly errorCounts: ArticleStore['errorCounts'] = () => this.pool.read('errorCounts');
  readonly eventPage: EventReads['eventPage'] = (filter, cursor, limit) =>
    this.pool.read('eventPage', filter, cursor, limit);
  readonly eventCounts: EventReads['eventCounts'] = (filter, groupBy) =>
    this.pool.read('eventCounts', filter, groupBy);
  readonly articlePageJson: JsonReads['articlePageJson'] = (filter, cursor, limit) =>
    this.pool.read('articlePageJson', filter, cursor, limit);
  readonly dyadDossierJson: JsonReads['dyadDossierJson'] = (a, b, latest) =>
    this.pool.read('dyadDossierJson', a, b, latest);
  readonly ingestErrors: ArticleStore['ingestErrors'] = (options) => this.store.ingestErrors(options);

  readonly finishBackfills: NonNullable<ArticleStore['finishBackfills']> = (onProgress) =>
    this.store.finishBackfills?.(onProgress) ?? Promise.resolve();
  readonly hasPage: ArticleStore['hasPage'] = (sha256) => this.store.hasPage(sha256);
  readonly storePage: ArticleStore['storePage'] = (page) => this.store.storePage(page);
  readonly storePages: ArticleStore['storePages'] = (pages) => this.store.storePages(pages);
  readonly recordError: ArticleStore['recordError'] = (error) => this.store.recordError(error);
  readonly sourceState: ArticleStore['sourceState'] = (uri) => this.store.sourceState(uri);
  readonly saveSourceState: ArticleStore['saveSourceState'] = (uri, kind, state) =>
    this.store.saveSourceState(uri, kind, state);
  readonly refreshCommitments: ArticleStore['refreshCommitments'] = (asOf) =>
    this.store.refreshCommitments(asOf);
  readonly pageArticles: ArticleStore['pageArticles'] = (sha256) => this.store.pageArticles(sha256);
  readonly duplicateGroup: ArticleStore['duplicateGroup'] = (id) => this.store.duplicateGroup(id);
  readonly articleRecords: ArticleStore['articleRecords'] = (filter) => this.store.articleRecords(filter);
  readonly eventRows: ArticleStore['eventRows'] = (filter) => this.store.eventRows(filter);
  readonly createWatchlist: ArticleStore['createWatchlist'] = (input) => this.store.createWatchlist(input);
  readonly watchlists: ArticleStore['watchlists'] = () => this.store.watchlists();
  readonly renameWatchlist: ArticleStore['renameWatchlist'] = (id, name) =>
    this.store.renameWatchlist(id, name);
  readonly deleteWatchlist: ArticleStore['deleteWatchlist'] = (id) => this.store.deleteWatchlist(id);
  readonly refreshWatchlist: ArticleStore['refreshWatchlist'] = (id) => this.store.refreshWatchlist(id);
  readonly watchlistEvents: ArticleStore['watchlistEvents'] = (id, options) =>
    this.store.watchlistEvents(id, options);
  readonly markWatchlistRead: ArticleStore['markWatchlistRead'] = (id) => this.store.markWatchlistRead(id);
  readonly markWatchlistDelivered: ArticleStore['markWatchlistDelivered'] = (id, articleId, eventId) =>
    this.store.markWatchlistDelivered(id, articleId, eventId);
  readonly contentDigest: ArticleStore['contentDigest'] = () => this.store.contentDigest();

  async close(): Promise<void> {
    await this.pool.close();
    await this.store.close();
  }
}
