import type { Agent } from 'undici';
import type { AddressPolicy, Resolver } from '../ingest/fetch/address-guard.js';
import { createGuardedAgent } from '../ingest/fetch/guarded-agent.js';
import type { ArticleStore } from '../store/article-store.js';
import {
  DEFAULT_WEBHOOK_OPTIONS,
  deliverWebhook,
  webhookUrlRefusal,
  type WebhookOptions,
  type WebhookTarget,
} from './webhook.js';

/** One event to post to a watchlist's webhook. */
export interface WebhookDelivery {
  watchlistId: number;
  articleId: string;
  eventId: string;
  target: WebhookTarget;
  payload: unknown;
}

export interface WebhookQueueOptions extends AddressPolicy, WebhookOptions {
  /** Deliveries waiting at most; later ones stay undelivered in the store for the next notice. */
  maxQueued: number;
  resolver?: Resolver;
}

export const DEFAULT_WEBHOOK_QUEUE_OPTIONS: WebhookQueueOptions = {
  ...DEFAULT_WEBHOOK_OPTIONS,
  allowPrivate: false,
  maxQueued: 10_000,
};

/** Delivered and failed posts per watchlist since the queue started. */
export type WebhookTally = Map<number, { delivered: number; failed: number }>;

/**
 * Webhook deliveries in the background, one at a time through a guarded dispatcher (no private
 * addresses, short timeouts), so a slow or silent receiver never holds up an ingest. An event is
 * marked delivered in the store once it got through; one still queued is not queued twice.
 */
export class WebhookQueue {
  private readonly agent: Agent;
  private readonly waiting: WebhookDelivery[] = [];
  private readonly queued = new Set<string>();
  private running: Promise<void> | null = null;
  readonly tally: WebhookTally = new Map();

  constructor(
    private readonly store: ArticleStore,
    private readonly options: WebhookQueueOptions = DEFAULT_WEBHOOK_QUEUE_OPTIONS,
  ) {
    this.agent = createGuardedAgent(options);
  }

  /** Why this URL cannot be a webhook here, or null. */
  refusal(url: string): string | null {
    return webhookUrlRefusal(url, this.options);
  }

  /** Queue a delivery (unless queued already or the queue is full); returns at once. */
  push(delivery: WebhookDelivery): void {
    const key = `${delivery.watchlistId}\u0000${delivery.articleId}\u0000${delivery.eventId}`;
    if (this.queued.has(key) || this.waiting.length >= this.options.maxQueued) return;
    this.queued.add(key);
    this.waiting.push(delivery);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  /** Wait until every queued delivery was tried (bounded by the attempts and timeouts). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stop taking deliveries, wait for those queued, and close connections. */
  async close(): Promise<void> {
    await this.drain();
    await this.agent.close();
  }

  private async run(): Promise<void> {
    // A receiver that did not answer at all is not tried again until the queue has emptied.
    const unreachable = new Set<string>();
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      const result = unreachable.has(next.target.url)
        ? { delivered: false, status: null }
        : await deliverWebhook(next.target, next.payload, this.agent, this.options);
      if (!result.delivered && result.status === null) unreachable.add(next.target.url);
      const counts = this.tally.get(next.watchlistId) ?? { delivered: 0, failed: 0 };
      this.tally.set(next.watchlistId, counts);
      if (result.delivered) {
        counts.delivered++;
        await this.store
          .markWatchlistDelivered(next.watchlistId, next.articleId, next.eventId)
          .catch(() => undefined);
      } else counts.failed++;
      this.queued.delete(`${next.watchlistId}\u0000${next.articleId}\u0000${next.eventId}`);
    }
  }
}
