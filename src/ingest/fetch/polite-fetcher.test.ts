import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCHER_OPTIONS, PoliteFetcher, type FetcherOptions } from './polite-fetcher.js';

let server: Server;
let base: string;
const hits = new Map<string, number>();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  if (path === '/robots.txt') {
    res.end('User-agent: *\nDisallow: /private\n');
  } else if (path === '/page') {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end('<html><title>Page</title></html>');
  } else if (path === '/flaky') {
    if ((hits.get(path) ?? 0) < 2) res.writeHead(503).end();
    else res.writeHead(200).end('recovered');
  } else if (path === '/loop') {
    res.writeHead(302, { location: '/loop' }).end();
  } else if (path.startsWith('/to/')) {
    res.writeHead(302, { location: decodeURIComponent(path.slice('/to/'.length)) }).end();
  } else if (path === '/moved') {
    res.writeHead(301, { location: '/page' }).end();
  } else if (path === '/big') {
    res.writeHead(200).end('x'.repeat(5000));
  } else if (path === '/slow') {
    setTimeout(() => res.end('late'), 600);
  } else {
    res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function fetcher(overrides: Partial<FetcherOptions> = {}): PoliteFetcher {
  return new PoliteFetcher({
    ...DEFAULT_FETCHER_OPTIONS,
    allowPrivate: true,
    timeoutMs: 300,
    maxBytes: 1000,
    backoffMs: 5,
    perHostIntervalMs: 0,
    ...overrides,
  });
}

describe('PoliteFetcher (local server on 127.0.0.1)', () => {
  it('fetches a page, then re-fetches it conditionally', async () => {
    const client = fetcher();
    const first = await client.fetch(`${base}/page`);
    expect(first.kind).toBe('page');
    if (first.kind !== 'page') return;
    expect(new TextDecoder().decode(first.bytes)).toContain('<title>Page</title>');
    expect(first.validators.etag).toBe('"v1"');
    expect((await client.fetch(`${base}/page`, first.validators)).kind).toBe('not-modified');
    await client.close();
  });

  it('refuses loopback addresses unless private addresses are allowed', async () => {
    const client = fetcher({ allowPrivate: false });
    expect(await client.fetch(`${base}/page`)).toMatchObject({ kind: 'error', code: 'BLOCKED' });
    const port = new URL(base).port;
    expect(await client.fetch(`http://localhost:${port}/page`)).toMatchObject({
      kind: 'error',
      code: 'BLOCKED',
    });
    await client.close();
  });

  it('refuses mapped IPv6 literals and names that a resolver maps to loopback', async () => {
    const port = new URL(base).port;
    const pageHits = hits.get('/page') ?? 0;
    const client = fetcher({ allowPrivate: false });
    for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '2130706433', '0x7f.0.0.1', '[::1]'])
      expect(await client.fetch(`http://${host}:${port}/page`), host).toMatchObject({ code: 'BLOCKED' });
    await client.close();
    const resolving = fetcher({
      allowPrivate: false,
      resolver: (_name, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
    });
    expect(await resolving.fetch(`http://news.example.test:${port}/page`)).toMatchObject({
      kind: 'error',
      code: 'BLOCKED',
    });
    expect(hits.get('/page') ?? 0).toBe(pageHits);
    await resolving.close();
  });

  it('checks every redirect hop: a public page cannot redirect to a private address', async () => {
    // The test server is the one loopback address allowed; every other private target is refused.
    const client = fetcher({ allowPrivate: false, allowAddresses: ['127.0.0.1'] });
    const port = new URL(base).port;
    for (const target of [
      `http://127.0.0.2:${port}/page`,
      'http://169.254.169.254/latest/meta-data/',
      `http://[::ffff:a9fe:a9fe]/`,
    ]) {
      const result = await client.fetch(`${base}/to/${encodeURIComponent(target)}`);
      expect(result, target).toMatchObject({ kind: 'error', code: 'BLOCKED' });
    }
    expect(await client.fetch(`${base}/to/${encodeURIComponent('/page')}`)).toMatchObject({ kind: 'page' });
    await client.close();
  });

  it('obeys robots.txt', async () => {
    const client = fetcher();
    expect(await client.fetch(`${base}/private/a`)).toMatchObject({ kind: 'error', code: 'ROBOTS' });
    expect(hits.get('/private/a')).toBeUndefined();
    await client.close();
  });

  it('retries server errors with backoff', async () => {
    const client = fetcher();
    const result = await client.fetch(`${base}/flaky`);
    expect(result.kind).toBe('page');
    expect(hits.get('/flaky')).toBe(2);
    await client.close();
  });

  it('follows redirects up to a cap', async () => {
    const client = fetcher({ maxRedirects: 3 });
    expect(await client.fetch(`${base}/moved`)).toMatchObject({ kind: 'page', finalUrl: `${base}/page` });
    expect(await client.fetch(`${base}/loop`)).toMatchObject({ kind: 'error', code: 'HTTP' });
    await client.close();
  });

  it('caps body size and time', async () => {
    const client = fetcher({ retries: 0 });
    expect(await client.fetch(`${base}/big`)).toMatchObject({ kind: 'error', code: 'TOO_LARGE' });
    expect(await client.fetch(`${base}/slow`)).toMatchObject({ kind: 'error', code: 'TIMEOUT' });
    expect(await client.fetch(`${base}/missing`)).toMatchObject({ kind: 'error', code: 'HTTP' });
    expect(await client.fetch('ftp://example.test/')).toMatchObject({ kind: 'error', code: 'FETCH' });
    await client.close();
  });
});
