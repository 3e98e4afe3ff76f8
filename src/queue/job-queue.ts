import PgBoss from 'pg-boss';

/** One input to fetch or read, extract, analyse and store. */
export type SourceJob =
  { kind: 'file'; path: string } | { kind: 'url'; url: string; origin: string; publishedHint: string | null };

/** A feed to poll: its new items become `url` jobs. */
export interface FeedJob {
  url: string;
}

export const SOURCE_QUEUE = 'entente-source';
export const FEED_QUEUE = 'entente-feed';
/** Fires on the feed-polling schedule; its handler sends one FEED_QUEUE job per watched feed. */
export const FEED_POLL_QUEUE = 'entente-feed-poll';

/** Retries with exponential backoff (1 s, 2 s, 4 s…), then the job stays `failed` with its error. */
export const RETRY_LIMIT = 4;

export interface QueueOptions {
  /** Seconds a job may run before it counts as abandoned (a killed worker) and is retried. */
  jobTimeoutSeconds?: number;
  /** Seconds between pg-boss's maintenance runs (expiring abandoned jobs). */
  maintenanceSeconds?: number;
}

/** Whether a `--db` value can hold the queue; the queue commands refuse SQLite files with a usage error. */
export function requirePostgres(db: string, command: string): void {
  if (!/^postgres(ql)?:\/\//i.test(db)) {
    throw Object.assign(
      new Error(`${command} needs a PostgreSQL database (--db postgres://user@host/name), not ${db}`),
      { usage: true },
    );
  }
}

/** pg-boss on the store's database (schema `pgboss`), with Entente's queues created. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 15,
  });
  // Connection errors surface on the calls that fail; an idle client's error must not crash a worker.
  boss.on('error', () => undefined);
  await boss.start();
  for (const name of [SOURCE_QUEUE, FEED_QUEUE, FEED_POLL_QUEUE]) {
    const queue = { name, retryLimit: RETRY_LIMIT, retryDelay: 1, retryBackoff: true, expireInSeconds: 300 };
    if (!(await boss.getQueue(name))) await boss.createQueue(name, queue);
    // Jobs take the queue's timeout when sent: the sender decides it.
    if (options.jobTimeoutSeconds) {
      await boss.updateQueue(name, { ...queue, expireInSeconds: options.jobTimeoutSeconds });
    }
  }
  return boss;
}
