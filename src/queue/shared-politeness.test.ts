import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresArticleStore } from '../store/postgres/postgres-store.js';
import { createTestDatabase, postgresAvailable } from '../store/test-support/postgres-database.js';
import { openQueue, SOURCE_QUEUE } from './job-queue.js';
import { runWorker } from './worker.js';

const INTERVAL_MS = 400;
const PAGES = 10;

describe.runIf(postgresAvailable)('two workers on one host', () => {
  const arrivals: Array<{ path: string; at: number }> = [];
  let server: Server;
  let base: string;
  const drops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      arrivals.push({ path: request.url ?? '', at: performance.now() });
      if (request.url === '/robots.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
        return;
      }
      const n = request.url?.match(/\d+/)?.[0] ?? '0';
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          `Page ${n} about trade\n\nHanoi (VNA) - Vietnam and Laos signed trade agreement number ${n} on Monday.\n`,
        );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await Promise.all(drops.map((drop) => drop()));
  }, 60_000);

  it('keep the per-host interval together and read robots.txt from the shared store', async () => {
    const database = await createTestDatabase();
    drops.push(database.drop);
    await (await PostgresArticleStore.open(database.url)).close();
    const boss = await openQueue(database.url);
    const urls = [
      ...Array.from({ length: PAGES }, (_, i) => `${base}/news/${i}.txt`),
      `${base}/private/x.txt`,
    ];
    await boss.insert(
      urls.map((url) => ({
        name: SOURCE_QUEUE,
        data: { kind: 'url', url, origin: url, publishedHint: null },
      })),
    );
    await boss.stop({ graceful: false, wait: true });

    const options = {
      db: database.url,
      concurrency: 1,
      exitWhenIdle: true,
      maxBytes: 1024 * 1024,
      pollSeconds: 0.2,
      fetch: { allowPrivate: true, perHostIntervalMs: INTERVAL_MS, retries: 0 },
    };
    const summaries = await Promise.all([runWorker(options), runWorker(options)]);

    const pages = arrivals.filter((a) => a.path.startsWith('/news/'));
    expect(pages).toHaveLength(PAGES);
    expect(summaries.reduce((n, s) => n + s.stored, 0)).toBe(PAGES);
    // Whichever worker took each job, requests to the host were spaced by the interval: slots are
    // reserved in PostgreSQL, so only each process's own scheduling jitter (loaded CI machines)
    // shortens one gap; uncoordinated workers would send pairs of requests at once.
    const times = arrivals.map((a) => a.at).sort((a, b) => a - b);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual((times.length - 1) * INTERVAL_MS * 0.9);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(INTERVAL_MS / 4);
    // The disallowed URL was never requested; robots.txt was fetched at most once per worker.
    expect(arrivals.some((a) => a.path.startsWith('/private/'))).toBe(false);
    expect(arrivals.filter((a) => a.path === '/robots.txt').length).toBeLessThanOrEqual(2);
  }, 120_000);
});
