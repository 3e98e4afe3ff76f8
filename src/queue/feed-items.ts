import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { SOURCE_QUEUE, type SourceJob } from './job-queue.js';

/**
 * Send the `url` jobs of feed items no earlier poll claimed. Claiming (a row in `feed_items`) and
 * sending happen in one transaction: two workers polling one feed at once send an item once, and a
 * poll that fails half-way claims nothing. Returns how many jobs were sent.
 */
export async function enqueueFeedItems(
  pool: pg.Pool,
  boss: PgBoss,
  feed: string,
  jobs: SourceJob[],
): Promise<number> {
  const byUrl = new Map<string, SourceJob>();
  for (const job of jobs) if (job.kind === 'url' && !byUrl.has(job.url)) byUrl.set(job.url, job);
  if (byUrl.size === 0) return 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ url: string }>(
      `INSERT INTO feed_items (url, feed) SELECT unnest($1::text[]), $2
       ON CONFLICT DO NOTHING RETURNING url`,
      [[...byUrl.keys()], feed],
    );
    const claimed = new Set(rows.map((row) => row.url));
    const send = [...byUrl.values()].filter((job) => job.kind === 'url' && claimed.has(job.url));
    if (send.length) {
      await boss.insert(
        send.map((data) => ({ name: SOURCE_QUEUE, data })),
        { db: { executeSql: (text, values) => client.query(text, values) } },
      );
    }
    await client.query('COMMIT');
    return send.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
