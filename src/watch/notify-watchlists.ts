import type { ArticleStore, WatchlistEvent } from '../store/article-store.js';
import { DEFAULT_WEBHOOK_OPTIONS, deliverWebhook, type WebhookOptions } from './webhook.js';

export interface WatchlistNotice {
  watchlistId: number;
  newEvents: number;
  delivered: number;
  failed: number;
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
 * After an ingest: record every watchlist's new matching events as unread and post each to the
 * watchlist's webhook (signed, retried); an event is marked delivered only once it got through.
 */
export async function notifyWatchlists(
  store: ArticleStore,
  options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
): Promise<WatchlistNotice[]> {
  const notices: WatchlistNotice[] = [];
  for (const watchlist of await store.watchlists()) {
    const notice = { watchlistId: watchlist.id, newEvents: 0, delivered: 0, failed: 0 };
    const pending = (await store.watchlistEvents(watchlist.id, { refresh: true })).filter(
      (item) => !item.delivered,
    );
    notice.newEvents = pending.length;
    if (watchlist.webhookUrl) {
      for (const item of pending) {
        const result = await deliverWebhook(
          { url: watchlist.webhookUrl, secret: watchlist.webhookSecret },
          webhookPayload(watchlist.id, watchlist.name, item),
          options,
        );
        if (result.delivered) {
          notice.delivered++;
          await store.markWatchlistDelivered(watchlist.id, item.row.articleId, item.row.event.id);
        } else notice.failed++;
      }
    }
    notices.push(notice);
  }
  return notices;
}
