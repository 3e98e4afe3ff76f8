import pg from 'pg';
import { SOURCE_QUEUE } from './job-queue.js';

/** A job that kept failing: what it was for, how often it was tried, and its last error. */
export interface FailedJob {
  id: string;
  queue: string;
  source: string;
  attempts: number;
  error: string;
  failedAt: string | null;
}

interface FailedJobRow {
  id: string;
  name: string;
  data: { path?: string; url?: string } | null;
  retry_count: number;
  output: { message?: string; value?: { message?: string } } | null;
  completed_on: Date | null;
}

/** The latest failed jobs of the queue on `url` (none when no worker ever created the queue). */
export async function listFailedJobs(url: string, limit = 50): Promise<FailedJob[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows: exists } = await client.query<{ ok: boolean }>(
      "SELECT to_regclass('pgboss.job') IS NOT NULL AS ok",
    );
    if (!exists[0]?.ok) return [];
    const { rows } = await client.query<FailedJobRow>(
      `SELECT id, name, data, retry_count, output, completed_on FROM pgboss.job
       WHERE state = 'failed' AND name LIKE 'entente-%' ORDER BY completed_on DESC NULLS LAST, id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      queue: row.name === SOURCE_QUEUE ? 'source' : row.name.replace(/^entente-/, ''),
      source: row.data?.path ?? row.data?.url ?? '',
      attempts: row.retry_count + 1,
      error: row.output?.message ?? row.output?.value?.message ?? '',
      failedAt: row.completed_on ? row.completed_on.toISOString() : null,
    }));
  } finally {
    await client.end();
  }
}

/** Failed jobs as text lines for `entente stats`. */
export function formatFailedJobs(jobs: FailedJob[]): string {
  if (jobs.length === 0) return 'failed jobs: none';
  return [
    `failed jobs: ${jobs.length}${jobs.length >= 50 ? '+' : ''}`,
    ...jobs.map((job) => `  ${job.source}  (${job.attempts} attempts)  ${job.error.split('\n')[0]}`),
  ].join('\n');
}
