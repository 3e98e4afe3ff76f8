import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../ingest/ingest-run.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { SEEDS_DIR, seedsAvailable } from '../test-support/seeds.js';
import { buildServer, type ServerOptions } from './app.js';
import { createIngestHandler } from './ingest-handler.js';
import { DEFAULT_WEBHOOK_QUEUE_OPTIONS, WebhookQueue } from '../watch/webhook-queue.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The API token of test servers; `authHeaders` carries it on write requests. */
export const TEST_API_TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
export const authHeaders = { authorization: `Bearer ${TEST_API_TOKEN}` };

/** A real server over a fresh SQLite file holding the seeds (when present) and the samples. */
export async function startTestServer(extra: Partial<ServerOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'entente-server-'));
  const store = SqliteArticleStore.open(join(dir, 'test.db'));
  const inputs = [...(seedsAvailable ? [SEEDS_DIR] : []), SAMPLES_DIR];
  await runIngest(store, inputs, {
    include: [],
    exclude: ['expected/**', '*.md'],
    workers: 0,
    maxBytes: 16 * 1024 * 1024,
    fetch: {},
    progress: null,
  });
  // Webhook receivers of the tests listen on 127.0.0.1, the one private address they may reach.
  const webhooks = new WebhookQueue(store, {
    ...DEFAULT_WEBHOOK_QUEUE_OPTIONS,
    allowAddresses: ['127.0.0.1'],
    backoffMs: 10,
  });
  const app = await buildServer({
    store,
    version: 'test',
    apiToken: TEST_API_TOKEN,
    ingest: createIngestHandler(store, { allowPrivate: false, webhooks }),
    webhooks,
    webRoot: WEB_ROOT,
    ...extra,
  });
  return {
    app,
    store,
    webhooks,
    async close() {
      await app.close();
      await webhooks.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
