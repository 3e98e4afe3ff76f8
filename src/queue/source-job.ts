import type { Analyzer } from '../ingest/analysis-pool.js';
import { readFeed } from '../ingest/feeds/read-feed.js';
import type { PoliteFetcher } from '../ingest/fetch/polite-fetcher.js';
import { feedText, fetchUrl, sourceItems, type SourceItem } from '../ingest/ingest-sources.js';
import type { ArticleStore, PageToStore } from '../store/article-store.js';
import type { SourceJob } from './job-queue.js';

/** Fetch failures worth retrying later (the host may be back); others are final for the item. */
const RETRYABLE_CODES = new Set(['FETCH', 'TIMEOUT', 'HTTP']);

/** A job's failure that pg-boss retries with backoff; on the last attempt the item's error is also stored. */
export class RetryableJobError extends Error {}

export interface SourceJobContext {
  store: ArticleStore;
  analyzer: Analyzer;
  fetcher: PoliteFetcher;
  /** Whether pg-boss will retry this job if it fails now. */
  retriesLeft: boolean;
  /** Pages (files, WARC records) larger than this are refused (TOO_LARGE). */
  maxBytes: number;
}

export interface SourceJobResult {
  pages: number;
  stored: number;
  articles: number;
  errors: number;
}

function jobItems(job: SourceJob, context: SourceJobContext): AsyncIterable<SourceItem> {
  const options = {
    include: [],
    exclude: [],
    fetcher: context.fetcher,
    validatorsFor: (uri: string) => context.store.sourceState(uri),
    maxBytes: context.maxBytes,
  };
  return job.kind === 'file'
    ? sourceItems([job.path], options)
    : fetchUrl(job.url, options, job.origin, job.publishedHint);
}

/**
 * Read or fetch one job's input, analyse its pages and store them. A page already stored (same
 * content hash) adds nothing, so a retried or duplicated job has its effect once.
 */
export async function runSourceJob(job: SourceJob, context: SourceJobContext): Promise<SourceJobResult> {
  const { store, analyzer } = context;
  const result: SourceJobResult = { pages: 0, stored: 0, articles: 0, errors: 0 };
  for await (const item of jobItems(job, context)) {
    if (item.kind === 'unchanged' || item.kind === 'not-page') continue;
    if (item.kind === 'error') {
      const retryable = RETRYABLE_CODES.has(item.code);
      if (!retryable || !context.retriesLeft) {
        result.errors++;
        await store.recordError({ uri: item.uri, code: item.code, message: item.message, pageSha256: null });
      }
      // A fetch that keeps failing fails the job: retried with backoff, then left failed with its error.
      if (retryable) throw new RetryableJobError(item.message);
      continue;
    }
    result.pages++;
    const { page } = item;
    if (!(await store.hasPage(page.sha256))) {
      const analysed = await analyzer.analyze(page);
      const toStore: PageToStore = {
        sha256: page.sha256,
        uri: page.uri,
        origin: item.origin,
        format: analysed.records[0]?.source.format ?? 'text',
        byteLength: page.bytes.length,
        records: analysed.records,
        signatures: analysed.signatures,
      };
      const [stored] = await store.storePages([toStore]);
      if (stored?.stored) {
        result.stored++;
        result.articles += stored.articles;
      }
    }
    if (item.validators) {
      const { uri, state } = item.validators;
      await store.saveSourceState(uri, 'url', { ...state, sha256: page.sha256 });
    }
  }
  return result;
}

/**
 * Poll one feed: its items never fetched before become candidate `url` jobs; `send` enqueues those
 * no earlier poll claimed (`enqueueFeedItems`). The feed's validators are saved only once the items
 * are sent, and make an unchanged feed cost one 304.
 */
export async function pollFeed(
  feedUrl: string,
  context: Pick<SourceJobContext, 'store' | 'fetcher'>,
  send: (jobs: SourceJob[]) => Promise<number>,
): Promise<number> {
  const previous = await context.store.sourceState(feedUrl);
  const fetched = await context.fetcher.fetch(feedUrl, previous);
  if (fetched.kind === 'not-modified') return 0;
  if (fetched.kind === 'error') throw new RetryableJobError(fetched.message);
  const text = feedText(fetched.bytes);
  const feed = text === null ? null : readFeed(text, fetched.finalUrl);
  if (!feed?.ok) throw new Error(`${feedUrl}: not a readable RSS, Atom or JSON feed`);
  const jobs: SourceJob[] = [];
  for (const item of feed.items) {
    if (await context.store.sourceState(item.link)) continue;
    jobs.push({ kind: 'url', url: item.link, origin: feedUrl, publishedHint: item.published });
  }
  const sent = await send(jobs);
  await context.store.saveSourceState(feedUrl, 'feed', { ...fetched.validators, sha256: null });
  return sent;
}
