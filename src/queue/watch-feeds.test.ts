import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPool } from '../store/postgres/open-database.js';
import { createTestDatabase, postgresAvailable } from '../store/test-support/postgres-database.js';
import { enqueueFeedItems } from './feed-items.js';
import { FEED_POLL_QUEUE, openQueue, type SourceJob } from './job-queue.js';
import { cronEvery, watchFeeds } from './watch-feeds.js';
import { runWorker } from './worker.js';

describe('cronEvery', () => {
  it('spaces polls evenly or refuses the interval', () => {
    expect(cronEvery(1)).toBe('* * * * *');
    expect(cronEvery(15)).toBe('*/15 * * * *');
    expect(cronEvery(120)).toBe('0 */2 * * *');
    expect(cronEvery(1440)).toBe('0 0 * * *');
    expect(() => cronEvery(7)).toThrow(/dividing an hour/);
    expect(() => cronEvery(0)).toThrow(/dividing an hour/);
  });
});

describe.runIf(postgresAvailable)('entente watch-feeds (loopback feed)', () => {
  const requests: string[] = [];
  let items = ['a', 'b'];
  let server: Server;
  let base: string;
  const drops: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (request.url === '/feed.xml') {
        const entries = items
          .map((id) => `<item><title>Item ${id}</title><link>${base}/news/${id}.txt</link></item>`)
          .join('');
        response
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${entries}</channel></rss>`,
          );
        return;
      }
      const id = request.url?.match(/news\/(\w+)/)?.[1] ?? 'x';
      response
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Item ${id}\n\nHanoi (VNA) - Vietnam and Laos signed trade agreement ${id} on Monday.\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await Promise.all(drops.map((drop) => drop()));
  }, 60_000);

  const work = (db: string) =>
    runWorker({
      db,
      concurrency: 1,
      exitWhenIdle: true,
      maxBytes: 1024 * 1024,
      pollSeconds: 0.2,
      fetch: { allowPrivate: true, respectRobots: false, perHostIntervalMs: 0, retries: 0 },
    });

  it('schedules the poll, and each poll enqueues only the items never enqueued', async () => {
    const database = await createTestDatabase();
    drops.push(database.drop);
    const feed = `${base}/feed.xml`;

    const first = await watchFeeds(database.url, { feeds: [feed], everyMinutes: 5 });
    expect(first).toEqual({ added: 1, feeds: [feed], cron: '*/5 * * * *', polledNow: true });
    expect((await work(database.url)).stored).toBe(2);

    // A new item appears; an explicit poll fetches the feed again and enqueues that item alone.
    items = ['a', 'b', 'c'];
    const again = await watchFeeds(database.url, { feeds: [feed], pollNow: true });
    expect(again).toEqual({ added: 0, feeds: [feed], cron: '*/5 * * * *', polledNow: true });
    expect(await work(database.url)).toMatchObject({ stored: 1, pages: 1 });
    expect(requests.filter((path) => path.startsWith('/news/')).sort()).toEqual([
      '/news/a.txt',
      '/news/b.txt',
      '/news/c.txt',
    ]);
    expect(requests.filter((path) => path === '/feed.xml')).toHaveLength(2);

    const boss = await openQueue(database.url);
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron])).toEqual([[FEED_POLL_QUEUE, '*/5 * * * *']]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const stopped = await watchFeeds(database.url, { feeds: [], stop: true });
    expect(stopped.cron).toBeNull();
  }, 120_000);

  it('two polls of one feed at once send each item once', async () => {
    const database = await createTestDatabase();
    drops.push(database.drop);
    const pool = await openPool(database.url, { maxConnections: 4 });
    const boss = await openQueue(database.url);
    try {
      const jobs: SourceJob[] = ['x', 'y', 'z'].map((id) => ({
        kind: 'url',
        url: `${base}/news/${id}.txt`,
        origin: `${base}/feed.xml`,
        publishedHint: null,
      }));
      const sent = await Promise.all([
        enqueueFeedItems(pool, boss, `${base}/feed.xml`, jobs),
        enqueueFeedItems(pool, boss, `${base}/feed.xml`, jobs),
      ]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(3);
      const client = new pg.Client(database.url);
      await client.connect();
      const { rows } = await client.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM pgboss.job WHERE name = 'entente-source'",
      );
      await client.end();
      expect(Number(rows[0]!.n)).toBe(3);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    }
  }, 60_000);
});
