import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../watch/webhook.js';
import { authHeaders, startTestServer } from './test-server.js';

const NEW_PAGE = [
  'Le Vietnam et la Russie signent un accord sur l’énergie',
  '',
  'Le Vietnam et la Russie ont signé un accord de coopération énergétique.',
  '',
  'Moscou (VNA) - Le vice-Premier ministre vietnamien Tran Hong Ha et le vice-Premier ministre russe Alexandre Novak ont signé jeudi à Moscou un accord de coopération dans le domaine de l’énergie. -VNA',
  '',
].join('\n');

describe('watchlists: unread events, Atom feed, signed webhook', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const received: Array<{ body: string; signature: string | undefined }> = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ body, signature: request.headers['x-entente-signature'] as string | undefined });
      response.end('ok');
    });
  });
  let hookUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  }, 120_000);
  afterAll(async () => {
    receiver.close();
    await server?.close();
  });

  it('starts with what is stored as read, then shows new matching events as unread and posts them', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/watchlists',
      headers: authHeaders,
      payload: {
        name: 'VNM–RUS',
        filter: { country: 'VNM,RUS' },
        webhookUrl: hookUrl,
        webhookSecret: 'watch-secret',
      },
    });
    expect(created.statusCode).toBe(201);
    const watchlist = created.json();
    expect(watchlist).toMatchObject({ name: 'VNM–RUS', unread: 0, filter: { country: 'VNM,RUS' } });
    expect(watchlist.webhookSecret).toBeUndefined();

    const ingest = await server.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: authHeaders,
      payload: { content: NEW_PAGE, name: 'energy' },
    });
    expect(ingest.statusCode).toBe(201);
    const articleId = ingest.json().articles[0].id;

    const list = (await server.app.inject({ method: 'GET', url: '/api/watchlists' })).json();
    expect(list.items[0].unread).toBeGreaterThan(0);
    const events = (
      await server.app.inject({ method: 'GET', url: `/api/watchlists/${watchlist.id}/events` })
    ).json();
    expect(
      events.items
        .filter((e: { read: boolean }) => !e.read)
        .every((e: { articleId: string }) => e.articleId === articleId),
    ).toBe(true);

    // Deliveries go out in the background: the ingest did not wait for them.
    await server.webhooks.drain();
    expect(received.length).toBeGreaterThan(0);
    for (const delivery of received) {
      expect(delivery.signature).toBe(signBody('watch-secret', delivery.body));
      expect(JSON.parse(delivery.body).article.id).toBe(articleId);
    }

    const feed = await server.app.inject({ method: 'GET', url: `/watchlists/${watchlist.id}/feed.atom` });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.body).toContain(`/articles/${articleId}`);

    const read = (
      await server.app.inject({
        method: 'POST',
        headers: authHeaders,
        url: `/api/watchlists/${watchlist.id}/read`,
        payload: {},
      })
    ).json();
    expect(read.read).toBeGreaterThan(0);
    expect((await server.app.inject({ method: 'GET', url: '/api/watchlists' })).json().items[0].unread).toBe(
      0,
    );
  });

  it('keeps watchlists in the store and rejects bad input', async () => {
    expect(
      (
        await server.app.inject({
          method: 'POST',
          headers: authHeaders,
          url: '/api/watchlists',
          payload: { name: '', filter: {} },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await server.app.inject({
          method: 'POST',
          url: '/api/watchlists',
          headers: authHeaders,
          payload: { name: 'x', filter: { quad: 7 } },
        })
      ).statusCode,
    ).toBe(400);
    for (const webhookUrl of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/hook',
      'http://192.168.1.1/hook',
      'http://[::1]/hook',
      'http://[::ffff:a9fe:a9fe]/hook',
    ]) {
      const refused = await server.app.inject({
        method: 'POST',
        url: '/api/watchlists',
        headers: authHeaders,
        payload: { name: 'hook', filter: {}, webhookUrl },
      });
      expect(refused.statusCode, webhookUrl).toBe(400);
      expect(refused.json().detail, webhookUrl).toMatch(/private or local/);
    }
    expect((await server.app.inject({ method: 'GET', url: '/watchlists/999/feed.atom' })).statusCode).toBe(
      404,
    );
    expect((await server.store.watchlists()).map((w) => w.name)).toContain('VNM–RUS');
  });
});
