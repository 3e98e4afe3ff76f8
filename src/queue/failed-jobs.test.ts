import { afterAll, describe, expect, it } from 'vitest';
import { PostgresArticleStore } from '../store/postgres/postgres-store.js';
import { createTestDatabase, postgresAvailable } from '../store/test-support/postgres-database.js';
import { formatFailedJobs, listFailedJobs } from './failed-jobs.js';
import { openQueue, SOURCE_QUEUE } from './job-queue.js';
import { runWorker } from './worker.js';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
}, 60_000);

describe.runIf(postgresAvailable)('failed jobs', () => {
  it('a fetch that keeps failing ends the job failed, listed with its error, and stored as an item error', async () => {
    const database = await createTestDatabase();
    drops.push(database.drop);
    expect(await listFailedJobs(database.url)).toEqual([]);
    const boss = await openQueue(database.url);
    const url = 'http://127.0.0.1:1/unreachable.html';
    await boss.insert([
      { name: SOURCE_QUEUE, data: { kind: 'url', url, origin: url, publishedHint: null }, retryLimit: 0 },
    ]);
    await boss.stop({ graceful: false, wait: true });
    const summary = await runWorker({
      db: database.url,
      concurrency: 1,
      exitWhenIdle: true,
      maxBytes: 1024 * 1024,
      pollSeconds: 0.2,
      fetch: { allowPrivate: true, retries: 0, respectRobots: false },
    });
    expect(summary).toMatchObject({ jobs: 0, failed: 1 });
    const failed = await listFailedJobs(database.url);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ queue: 'source', source: url, attempts: 1 });
    expect(failed[0]!.error).toMatch(/127\.0\.0\.1|ECONNREFUSED|connect/i);
    expect(formatFailedJobs(failed)).toMatch(
      /^failed jobs: 1\n {2}http:\/\/127\.0\.0\.1:1\/unreachable\.html {2}\(1 attempts\)/,
    );
    const store = await PostgresArticleStore.open(database.url, { readonly: true });
    expect(await store.errorCounts()).toEqual([{ key: 'FETCH', count: 1 }]);
    await store.close();
  }, 60_000);
});
