import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStore } from '../store/article-store.js';
import { DEFAULT_WEBHOOK_QUEUE_OPTIONS, WebhookQueue } from './webhook-queue.js';

let silent: Server;
let url: string;
let requests = 0;

beforeAll(async () => {
  // Accepts the connection and the body, never answers.
  silent = createServer(() => void requests++);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;
});
afterAll(() => {
  silent.closeAllConnections();
  return new Promise((resolve) => silent.close(resolve));
});

describe('WebhookQueue', () => {
  it('returns at once for a receiver that never answers, and gives up on it after the timeout', async () => {
    const delivered: string[] = [];
    const store = {
      markWatchlistDelivered: async (_id: number, articleId: string) => void delivered.push(articleId),
    } as unknown as ArticleStore;
    const queue = new WebhookQueue(store, {
      ...DEFAULT_WEBHOOK_QUEUE_OPTIONS,
      allowAddresses: ['127.0.0.1'],
      attempts: 1,
      timeoutMs: 200,
    });
    const started = performance.now();
    for (const articleId of ['a_1', 'a_2', 'a_3', 'a_1'])
      queue.push({ watchlistId: 1, articleId, eventId: 'v1', target: { url, secret: null }, payload: {} });
    expect(performance.now() - started).toBeLessThan(100);
    await queue.close();
    // The duplicate was not queued twice; the first delivery timed out, the others were not tried.
    expect(requests).toBe(1);
    expect(queue.tally.get(1)).toEqual({ delivered: 0, failed: 3 });
    expect(delivered).toEqual([]);
  });
});
