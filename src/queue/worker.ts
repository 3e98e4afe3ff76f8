import type PgBoss from 'pg-boss';
import { createAnalyzer } from '../ingest/analysis-pool.js';
import {
  DEFAULT_FETCHER_OPTIONS,
  PoliteFetcher,
  type FetcherOptions,
} from '../ingest/fetch/polite-fetcher.js';
import type { ArticleStore } from '../store/article-store.js';
import { PostgresHostPacing, PostgresRobotsCache, watchedFeeds } from '../store/postgres/fetch-state.js';
import { openPool } from '../store/postgres/open-database.js';
import { PostgresArticleStore } from '../store/postgres/postgres-store.js';
import { enqueueFeedItems } from './feed-items.js';
import {
  FEED_POLL_QUEUE,
  FEED_QUEUE,
  openQueue,
  SOURCE_QUEUE,
  type FeedJob,
  type SourceJob,
} from './job-queue.js';
import { pollFeed, runSourceJob, type SourceJobResult } from './source-job.js';

export interface WorkerOptions {
  db: string;
  /** Jobs handled at once (and analysis threads). */
  concurrency: number;
  /** Stop once no job is queued, retrying or running anywhere. */
  exitWhenIdle: boolean;
  maxBytes: number;
  fetch: Partial<FetcherOptions>;
  /** Seconds between polls of the queue. */
  pollSeconds?: number;
  /** Called after each job (progress). */
  onJob?: ((job: SourceJob, result: SourceJobResult | Error) => void) | undefined;
  /** Resolves when the worker should stop (SIGTERM): jobs in hand finish, no new one starts. */
  stopSignal?: Promise<void>;
}

export interface WorkerSummary {
  jobs: number;
  failed: number;
  pages: number;
  stored: number;
  articles: number;
}

/** Jobs not finished anywhere: queued, waiting for a retry, or running. */
async function unfinishedJobs(boss: PgBoss): Promise<number> {
  let total = 0;
  for (const name of [SOURCE_QUEUE, FEED_QUEUE])
    total += await boss.getQueueSize(name, { before: 'completed' });
  return total;
}

/**
 * A stateless worker: takes source jobs from pg-boss, fetches or reads, analyses and stores them
 * (exactly once by content hash), polls watched feeds when the schedule fires. Per-host pacing and
 * robots.txt are shared with every other worker through PostgreSQL.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const concurrency = Math.max(1, options.concurrency);
  const store: ArticleStore = await PostgresArticleStore.open(options.db, {
    maxConnections: concurrency + 2,
  });
  const statePool = await openPool(options.db, { maxConnections: 2 });
  const fetchOptions = { ...DEFAULT_FETCHER_OPTIONS, ...options.fetch };
  const fetcher = new PoliteFetcher({
    ...fetchOptions,
    pacing: new PostgresHostPacing(statePool, fetchOptions.perHostIntervalMs),
    robotsCache: new PostgresRobotsCache(statePool),
  });
  const analyzer = createAnalyzer(concurrency, options.maxBytes);
  const boss = await openQueue(options.db);
  const summary: WorkerSummary = { jobs: 0, failed: 0, pages: 0, stored: 0, articles: 0 };
  const pollingIntervalSeconds = options.pollSeconds ?? 1;
  let stopping = false;
  void options.stopSignal?.then(() => (stopping = true));
  // Overdue is judged against the latest article day, which only the whole store knows: refreshed
  // whenever the queue runs dry after pages were stored (and on exit), one refresh at a time.
  let storedSinceRefresh = false;
  let refreshing: Promise<void> | null = null;
  const refreshCommitments = async () => {
    if (refreshing) return refreshing;
    storedSinceRefresh = false;
    refreshing = store
      .refreshCommitments()
      .then(() => undefined)
      .finally(() => (refreshing = null));
    return refreshing;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, pollingIntervalSeconds * 1000));

  const handleSource = async (job: PgBoss.JobWithMetadata<SourceJob>) => {
    try {
      const result = await runSourceJob(job.data, {
        store,
        analyzer,
        fetcher,
        retriesLeft: job.retryCount < job.retryLimit,
        maxBytes: options.maxBytes,
      });
      await boss.complete(SOURCE_QUEUE, job.id);
      summary.jobs++;
      summary.pages += result.pages;
      summary.stored += result.stored;
      summary.articles += result.articles;
      if (result.stored) storedSinceRefresh = true;
      options.onJob?.(job.data, result);
    } catch (error) {
      summary.failed++;
      const message = error instanceof Error ? error.message : String(error);
      await boss.fail(SOURCE_QUEUE, job.id, { message });
      options.onJob?.(job.data, error instanceof Error ? error : new Error(message));
    }
  };
  const handleFeed = async (job: PgBoss.Job<FeedJob>) => {
    try {
      await pollFeed(job.data.url, { store, fetcher }, (jobs) =>
        enqueueFeedItems(statePool, boss, job.data.url, jobs),
      );
      await boss.complete(FEED_QUEUE, job.id);
    } catch (error) {
      await boss.fail(FEED_QUEUE, job.id, {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const handlePoll = async (job: PgBoss.Job<object>) => {
    const feeds = await watchedFeeds(statePool);
    if (feeds.length) await boss.insert(feeds.map((url) => ({ name: FEED_QUEUE, data: { url } })));
    await boss.complete(FEED_POLL_QUEUE, job.id);
  };

  /** One slot: take the next job (sources first), run it, and go on without pause while there is work. */
  const slot = async () => {
    while (!stopping) {
      const [source] = await boss.fetch<SourceJob>(SOURCE_QUEUE, { batchSize: 1, includeMetadata: true });
      if (source) {
        await handleSource(source);
        continue;
      }
      const [feed] = await boss.fetch<FeedJob>(FEED_QUEUE, { batchSize: 1 });
      if (feed) {
        await handleFeed(feed);
        continue;
      }
      const [poll] = await boss.fetch<object>(FEED_POLL_QUEUE, { batchSize: 1 });
      if (poll) {
        await handlePoll(poll);
        continue;
      }
      if (storedSinceRefresh) await refreshCommitments();
      if (options.exitWhenIdle && (await unfinishedJobs(boss)) === 0) return;
      await pause();
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, slot));
    await refreshCommitments();
  } finally {
    // The slots have finished the jobs in hand: nothing is left active for this worker.
    await boss.stop({ graceful: false, wait: true });
    await analyzer.close();
    await fetcher.close();
    await statePool.end();
    await store.close();
  }
  return summary;
}
