import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { buildServer } from './app.js';
import { createIngestHandler } from './ingest-handler.js';
import { WebhookQueue } from '../watch/webhook-queue.js';

const ARTICLE_HTML = `<html><head><title>Le Vietnam et la Russie signent un accord sur l’énergie</title>
<meta property="article:published_time" content="2021-06-10"></head>
<body><article><h1>Le Vietnam et la Russie signent un accord sur l’énergie</h1>
<p>Moscou (VNA) - Le vice-Premier ministre vietnamien Tran Hong Ha et le vice-Premier ministre russe Alexandre Novak
ont signé jeudi à Moscou un accord de coopération dans le domaine de l’énergie.</p>
<p>Les deux parties ont convenu de renforcer les échanges dans le pétrole et le gaz. -VNA</p></article></body></html>`;

describe('POST /api/ingest with a URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-url-'));
  const store = SqliteArticleStore.open(join(dir, 'test.db'));
  const webhooks = new WebhookQueue(store);
  let app: Awaited<ReturnType<typeof buildServer>>;
  let base = '';
  let notModified = 0;
  const site = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>VNA</title><link>${base}/</link>
<item><title>Accord sur l’énergie</title><link>${base}/article</link></item></channel></rss>`,
      );
    }
    if (request.url === '/article') {
      // Answers a conditional request with 304, as news sites do for a page they have not changed.
      if (request.headers['if-none-match'] === '"a1"') {
        notModified++;
        return void response.writeHead(304).end();
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"a1"' });
      return void response.end(ARTICLE_HTML);
    }
    response.writeHead(404).end();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    app = await buildServer({
      store,
      version: 'test',
      apiToken: null,
      ingest: createIngestHandler(store, { allowPrivate: true, webhooks }),
      webRoot: null,
    });
  });
  afterAll(async () => {
    await app.close();
    await webhooks.close();
    await store.close();
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the articles of the pages the URL gave, stored now or before, with their events', async () => {
    // A feed URL: the stored article has the item's URI, not the posted one.
    const first = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { url: `${base}/feed.xml` },
    });
    expect(first.statusCode).toBe(201);
    const stored = (await store.searchArticles({ includeDuplicates: true })).filter(
      (hit) => hit.kind !== 'error',
    );
    expect(stored.map((hit) => hit.uri)).toEqual([`${base}/article`]);
    const events = (await store.stats({})).totals.events;
    expect(events).toBeGreaterThan(0);
    expect(first.json()).toMatchObject({
      stored: true,
      articles: stored.map(({ id, kind, title }) => ({ id, kind, title })),
      events,
      errors: [],
    });

    // The page itself, already stored and answered 304: the same articles, nothing new stored.
    const again = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { url: `${base}/article` },
    });
    expect(again.statusCode).toBe(200);
    expect(notModified).toBe(1);
    expect(again.json()).toEqual({ ...first.json(), stored: false });
  }, 20_000);

  it('refuses URLs that reach loopback through mapped IPv6 and other address forms', async () => {
    const guarded = await buildServer({
      store,
      version: 'test',
      apiToken: null,
      ingest: createIngestHandler(store, { allowPrivate: false, webhooks }),
      webRoot: null,
    });
    const port = new URL(base).port;
    const before = (await store.stats({})).totals.pages;
    const hosts = ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::ffff:a9fe:a9fe]', '2130706433', '127.0.0.1'];
    for (const [index, host] of hosts.entries()) {
      const response = await guarded.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: { url: `http://${host}:${port}/article?n=${index}` },
      });
      expect(response.statusCode, host).toBe(422);
      expect(response.json().errors, host).toMatchObject([{ code: 'BLOCKED' }]);
    }
    expect((await store.stats({})).totals.pages).toBe(before);
    await guarded.close();
  });
});
