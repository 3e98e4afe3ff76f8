import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../../store/sqlite/sqlite-store.js';
import { buildServer } from '../app.js';
import type { IngestHandler } from '../routes/ingest-route.js';

const TOKEN = 'guard-test-token-0123456789abcdefghijkl';
const dir = mkdtempSync(join(tmpdir(), 'entente-guard-'));
const store = SqliteArticleStore.open(':memory:');
const ingested: string[] = [];
const ingest: IngestHandler = async (request) => {
  ingested.push(request.content ?? '');
  return { stored: true, articles: [], events: 0, errors: [] };
};
let app: Awaited<ReturnType<typeof buildServer>>;

beforeAll(async () => {
  mkdirSync(join(dir, 'web'));
  writeFileSync(
    join(dir, 'web', 'index.html'),
    '<!doctype html><html><head><title>UI</title></head><body></body></html>',
  );
  app = await buildServer({
    store,
    version: 'test',
    apiToken: TOKEN,
    baseUrl: 'https://entente.example.org',
    ingest,
    webRoot: join(dir, 'web'),
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/ingest', headers, payload: { content: 'Titre\n\nTexte.' } });

describe('write routes', () => {
  it('refuse requests without the token or with a wrong one', async () => {
    const none = await post({});
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.json().type).toBe('/problems/unauthorized');
    expect((await post({ authorization: 'Bearer wrong' })).statusCode).toBe(401);
    expect((await post({ authorization: TOKEN })).statusCode).toBe(401);
    const deleted = await app.inject({ method: 'DELETE', url: '/api/watchlists/1' });
    expect(deleted.statusCode).toBe(401);
    expect(ingested).toEqual([]);
    expect((await post({ authorization: `Bearer ${TOKEN}` })).statusCode).toBe(201);
    expect(ingested).toHaveLength(1);
  });

  it('refuse cross-origin writes, token or not', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:9999' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await post({ ...auth, ...headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().type).toBe('/problems/cross-origin');
    }
    const sameOrigin = await post({ ...auth, origin: 'http://localhost:80', host: 'localhost:80' });
    expect(sameOrigin.statusCode).toBe(201);
    const fromUi = await post({ ...auth, 'sec-fetch-site': 'same-origin' });
    expect(fromUi.statusCode).toBe(201);
  });
});

describe('hosts and links', () => {
  it('answers only for loopback names and the base URL host (no DNS rebinding)', async () => {
    const get = (host: string) => app.inject({ method: 'GET', url: '/api/health', headers: { host } });
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'entente.example.org'])
      expect((await get(host)).statusCode, host).toBe(200);
    const rebound = await get('evil.example:8080');
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().type).toBe('/problems/host-not-allowed');
  });

  it('builds feed links on the configured base URL, never on the Host header', async () => {
    const watchlist = await store.createWatchlist({ name: 'all', filter: {} });
    const feed = await app.inject({
      method: 'GET',
      url: `/watchlists/${watchlist.id}/feed.atom`,
      headers: { host: 'localhost:1234' },
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain(`href="https://entente.example.org/watchlists/${watchlist.id}/feed.atom"`);
    expect(feed.body).not.toContain('localhost');
  });
});

describe('security headers and the UI page', () => {
  it('sends a strict CSP (no inline script), nosniff, a referrer policy and no framing', async () => {
    for (const url of ['/', '/api/health', '/articles/a_0000000000000000', '/api/nothing']) {
      const response = await app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('gives the UI page the token, uncached', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.body).toContain(`<meta name="entente-api-token" content="${TOKEN}" />`);
    expect(page.headers['cache-control']).toBe('no-store');
  });
});
