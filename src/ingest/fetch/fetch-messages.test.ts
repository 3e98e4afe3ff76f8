import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from './address-guard.js';
import { DEFAULT_FETCHER_OPTIONS, PoliteFetcher, type FetcherOptions } from './polite-fetcher.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const status = Number(req.url?.slice(1));
    if (req.url === '/robots.txt') res.end('User-agent: *\nDisallow: /private\n');
    else res.writeHead(Number.isInteger(status) && status >= 400 ? status : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver that knows no name, as DNS answers for a mistyped host. */
const noSuchHost: Resolver = (hostname, _options, callback) =>
  callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);

function fetcher(overrides: Partial<FetcherOptions> = {}): PoliteFetcher {
  return new PoliteFetcher({
    ...DEFAULT_FETCHER_OPTIONS,
    allowPrivate: true,
    timeoutMs: 2000,
    retries: 0,
    backoffMs: 5,
    perHostIntervalMs: 0,
    ...overrides,
  });
}

async function failure(url: string, overrides: Partial<FetcherOptions> = {}) {
  const result = await fetcher(overrides).fetch(url);
  if (result.kind !== 'error') throw new Error(`expected an error for ${url}`);
  return result;
}

describe('fetch failures in plain words', () => {
  it('an unknown host is named, with what to do', async () => {
    const result = await failure('http://no-such-host.example/news', {
      resolver: noSuchHost,
      respectRobots: false,
    });
    expect(result.code).toBe('FETCH');
    expect(result.message).toMatch(/the host no-such-host\.example was not found: check the address/);
    expect(result.message).not.toMatch(/ENOTFOUND|getaddrinfo/);
  });

  it('a refused connection says the site is down or the port wrong', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await failure(`http://127.0.0.1:${port}/page`, { respectRobots: false });
    expect(result.code).toBe('FETCH');
    expect(result.message).toContain(
      `127.0.0.1:${port} refused the connection: the site is down or the port is wrong`,
    );
  });

  it('HTTP statuses say what they mean', async () => {
    expect((await failure(`${base}/404`)).message).toMatch(/HTTP 404: the page does not exist/);
    expect((await failure(`${base}/403`)).message).toMatch(/HTTP 403: it refuses access/);
    expect((await failure(`${base}/503`)).message).toMatch(/HTTP 503: the site failed; try again later/);
  });

  it('robots.txt, bad addresses and blocked addresses say what to do instead', async () => {
    expect((await failure(`${base}/private`)).message).toMatch(
      /robots\.txt disallows this URL.*ingest the file/,
    );
    expect((await failure('ftp://example.org/a')).message).toMatch(/only http:\/\/ and https:\/\//);
    expect((await failure('http://10.0.0.1/', { allowPrivate: false })).message).toMatch(
      /private or local address: Entente fetches public addresses only \(--allow-private/,
    );
  });
});
