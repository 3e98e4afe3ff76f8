import type { ArticleStore, WatchlistEvent } from '../store/article-store.js';
import type { WebhookQueue } from './webhook-queue.js';

export interface WatchlistNotice {
  watchlistId: number;
  newEvents: number;
  /** Deliveries handed to the webhook queue. */
  queued: number;
}

/** The JSON a webhook receives for one new event. */
export function webhookPayload(watchlistId: number, name: string, item: WatchlistEvent) {
  const { row } = item;
  return {
    watchlist: { id: watchlistId, name },
    article: { id: row.articleId, title: row.title, uri: row.uri, published: row.published },
    event: row.event,
    evidence: row.evidenceText,
  };
}

/**
 * After an ingest: record every watchlist's new matching events as unread and hand each event not
 * yet delivered to the webhook queue, which posts it in the background (signed, retried).
 */
export async function notifyWatchlists(
  store: ArticleStore,
  webhooks: WebhookQueue,
): Promise<WatchlistNotice[]> {
  const notices: WatchlistNotice[] = [];
  for (const watchlist of await store.watchlists()) {
    const pending = (await store.watchlistEvents(watchlist.id, { refresh: true })).filter(
      (item) => !item.delivered,
    );
    const notice = { watchlistId: watchlist.id, newEvents: pending.length, queued: 0 };
    if (watchlist.webhookUrl) {
      for (const item of pending) {
        webhooks.push({
          watchlistId: watchlist.id,
          articleId: item.row.articleId,
          eventId: item.row.event.id,
          target: { url: watchlist.webhookUrl, secret: watchlist.webhookSecret },
          payload: webhookPayload(watchlist.id, watchlist.name, item),
        });
        notice.queued++;
      }
    }
    notices.push(notice);
  }
  return notices;
}
