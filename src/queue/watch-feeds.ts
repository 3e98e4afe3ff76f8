import type PgBoss from 'pg-boss';
import { addWatchedFeeds, watchedFeeds } from '../store/postgres/fetch-state.js';
import { openPool } from '../store/postgres/open-database.js';
import { FEED_POLL_QUEUE, openQueue } from './job-queue.js';

/** The polling interval when none was ever set. */
export const DEFAULT_POLL_MINUTES = 15;

/**
 * The cron expression of a polling interval in minutes: a divisor of 60 (every N minutes) or a
 * whole number of hours dividing 24. Others are refused, because cron cannot space them evenly.
 */
export function cronEvery(minutes: number): string {
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60 && 60 % minutes === 0)
    return minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours >= 1 && hours <= 24 && 24 % hours === 0)
    return hours === 24 ? '0 0 * * *' : `0 */${hours} * * *`;
  throw Object.assign(
    new Error(
      `--every ${minutes}: give minutes dividing an hour (1, 2, 5, 10, 15, 30) or whole hours dividing a day (60, 120, 360…)`,
    ),
    { usage: true },
  );
}

export interface WatchFeedsOptions {
  /** Feed URLs to add to the watched list. */
  feeds: string[];
  /** Set the polling interval (minutes); the default applies when no schedule exists yet. */
  everyMinutes?: number;
  /** Poll every watched feed now, besides the schedule (new feeds are always polled at once). */
  pollNow?: boolean;
  /** Remove the schedule (the watched list stays). */
  stop?: boolean;
}

export interface WatchFeedsResult {
  added: number;
  feeds: string[];
  /** The schedule in force afterwards, or null when there is none. */
  cron: string | null;
  polledNow: boolean;
}

/**
 * Watch feeds through the queue: the list lives in `watched_feeds`, the interval is a pg-boss
 * schedule kept in PostgreSQL. Every worker runs pg-boss's clock, so one poll job is sent per
 * tick whatever the number of workers; the worker taking it sends one job per feed, and each feed's
 * new items become source jobs exactly once (`enqueueFeedItems`). Nothing else needs to run.
 */
export async function watchFeeds(db: string, options: WatchFeedsOptions): Promise<WatchFeedsResult> {
  for (const feed of options.feeds) {
    if (!/^https?:\/\//i.test(feed))
      throw Object.assign(new Error(`${feed}: a watched feed is an http(s) URL`), { usage: true });
  }
  const cron = options.everyMinutes === undefined ? null : cronEvery(options.everyMinutes);
  // Opening a writable pool migrates the store before any worker starts.
  const pool = await openPool(db, { maxConnections: 1 });
  let boss: PgBoss | null = null;
  try {
    const added = await addWatchedFeeds(pool, options.feeds);
    boss = await openQueue(db);
    const current = (await boss.getSchedules()).find((s) => s.name === FEED_POLL_QUEUE);
    let inForce = current?.cron ?? null;
    if (options.stop) {
      if (current) await boss.unschedule(FEED_POLL_QUEUE);
      inForce = null;
    } else if (cron || !current) {
      inForce = cron ?? cronEvery(DEFAULT_POLL_MINUTES);
      await boss.schedule(FEED_POLL_QUEUE, inForce, {}, { tz: 'UTC' });
    }
    const polledNow = options.pollNow === true || added > 0;
    if (polledNow) await boss.send(FEED_POLL_QUEUE, {});
    return { added, feeds: await watchedFeeds(pool), cron: inForce, polledNow };
  } finally {
    await boss?.stop({ graceful: false, wait: true });
    await pool.end();
  }
}
