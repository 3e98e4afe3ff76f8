import type pg from 'pg';
import type { HostPacing, RobotsCache } from '../../ingest/fetch/polite-fetcher.js';

/** How long a stored robots.txt is trusted before it is fetched again. */
const ROBOTS_TTL = '1 day';

/**
 * Per-host pacing held in PostgreSQL (`host_slots`): each request start reserves the host's next
 * slot in one atomic upsert, so workers in any number of processes keep `intervalMs` between
 * requests to a host together.
 */
export class PostgresHostPacing implements HostPacing {
  constructor(
    private readonly pool: pg.Pool,
    private readonly intervalMs: number,
  ) {}

  async acquire(host: string, minIntervalMs = 0): Promise<void> {
    const interval = Math.max(this.intervalMs, minIntervalMs);
    const { rows } = await this.pool.query<{ wait_ms: number }>(
      `INSERT INTO host_slots (host, next_fetch_at) VALUES ($1, clock_timestamp() + $2::float8 * interval '1 millisecond')
       ON CONFLICT (host) DO UPDATE
         SET next_fetch_at = GREATEST(host_slots.next_fetch_at, clock_timestamp()) + $2::float8 * interval '1 millisecond'
       RETURNING (EXTRACT(EPOCH FROM next_fetch_at - clock_timestamp()) * 1000 - $2::float8)::float8 AS wait_ms`,
      [host, interval],
    );
    const wait = rows[0]?.wait_ms ?? 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  release(): void {}
}

/** robots.txt bodies shared by every worker (`robots_rules`), fresh for a day. */
export class PostgresRobotsCache implements RobotsCache {
  constructor(private readonly pool: pg.Pool) {}

  async get(origin: string): Promise<string | null | undefined> {
    const { rows } = await this.pool.query<{ body: string | null }>(
      `SELECT body FROM robots_rules WHERE origin = $1 AND fetched_at > now() - interval '${ROBOTS_TTL}'`,
      [origin],
    );
    return rows.length ? rows[0]!.body : undefined;
  }

  async put(origin: string, body: string | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO robots_rules (origin, body, fetched_at) VALUES ($1, $2, now())
       ON CONFLICT (origin) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at`,
      [origin, body],
    );
  }
}

/** Add feeds to the polled list (already listed ones stay); returns how many were new. */
export async function addWatchedFeeds(pool: pg.Pool, urls: string[]): Promise<number> {
  const { rowCount } = await pool.query(
    'INSERT INTO watched_feeds (url) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING',
    [urls],
  );
  return rowCount ?? 0;
}

/** The feeds polled on the schedule, in URL order. */
export async function watchedFeeds(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ url: string }>('SELECT url FROM watched_feeds ORDER BY url');
  return rows.map((row) => row.url);
}
