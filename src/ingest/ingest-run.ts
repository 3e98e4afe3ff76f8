import type { ArticleStore, CommitmentRefresh, IngestError } from '../store/article-store.js';
import { createAnalyzer, type Analyzer } from './analysis-pool.js';
import type { AnalysedPage } from './analyze-page.js';
import type { Page } from './page.js';
import { DEFAULT_FETCHER_OPTIONS, PoliteFetcher, type FetcherOptions } from './fetch/polite-fetcher.js';
import { emptyCounts, errorTotal, type IngestCounts, type ProgressReporter } from './ingest-progress.js';
import { sourceItems, type SourceItem } from './ingest-sources.js';

export interface IngestOptions {
  include: string[];
  exclude: string[];
  /** Analysis worker threads; 0 analyses on the main thread. */
  workers: number;
  maxBytes: number;
  fetch: Partial<FetcherOptions>;
  /** Day commitments are judged overdue against (default: latest article day in the store). */
  asOf?: string;
  progress: ProgressReporter | null;
  /** Called for each page the run wrote or found already stored (also a URL answered 304 Not Modified). */
  onPage?: (page: IngestedPage) => void;
  /** Called for each input or page that failed (also recorded in the store's errors). */
  onError?: (error: IngestError) => void;
  /** Called with the analysis pool once it is started (benchmarks sample its workers' heaps). */
  onAnalyzer?: (analyzer: Analyzer) => void;
}

/** A page of the run that is in the store, by the hash its articles are kept under. */
export interface IngestedPage {
  uri: string;
  sha256: string;
  /** False when the page was already stored: `articles` and `events` are then 0. */
  stored: boolean;
  /** Articles and counted events this run added for the page. */
  articles: number;
  events: number;
}

export interface IngestSummary extends IngestCounts {
  seconds: number;
  commitments: CommitmentRefresh;
  /** Inputs that are not pages (READMEs in folders, robots.txt or images in WARCs), skipped. */
  notPages: number;
  /** The first failures, with the input they name (all of them are in the store's errors). */
  failures: IngestError[];
}

/** Failures the summary names; the rest are counted (and listed by `entente errors`). */
const FAILURES_SHOWN = 20;

type PageItem = Extract<SourceItem, { kind: 'page' }>;

/**
 * A page item once handed to the analyzer, without its bytes: a large page is extracted when it is
 * handed over and a small one copied to a worker, so holding them until the write would only keep
 * ~180 KB a real-size page alive for seconds (long enough for V8 to promote its Buffer, which then
 * waits for a full collection).
 */
type HeldItem = Omit<PageItem, 'page'> & { page: Omit<Page, 'bytes'>; byteLength: number };

interface InFlight {
  item: HeldItem;
  analysis: Promise<AnalysedPage>;
  /** Set when `analysis` has settled, so the writer can take every finished page at the head at once. */
  settled: boolean;
}

/** Pages written per transaction at most: one commit per batch instead of per page. */
const MAX_BATCH = 256;

/**
 * Share of the pages in flight the writer waits to see analysed before it writes: the workers keep
 * the rest to work on meanwhile, and a transaction takes a batch of pages instead of the one or two
 * an analysis-bound run finds ready each time (each commit writes the FTS indexes' new segments and
 * the touched b-tree pages to the WAL again).
 */
const BATCH_SHARE = 0.5;

/**
 * Bytes of the pages in flight (sent for analysis, not yet written) before the writer waits: each
 * is held here and in the worker's queue until written. Small pages stay bounded by count (64 per
 * worker); real-size ones (~160 KB) by this, ~25 pages instead of 128 with 2 workers.
 */
const MAX_IN_FLIGHT_BYTES = 4 << 20;

/**
 * Ingest every input into the store: pages are analysed by a worker pool and written by this
 * thread in input order, a batch of pages per transaction, so a killed run restarts where it
 * stopped and ends with the same database. Per-item failures go to the errors table; a store failure throws.
 */
export async function runIngest(
  store: ArticleStore,
  inputs: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  // Feeds found in local files link to URLs too, so the fetcher is always there (it opens no socket until used).
  const fetcher = new PoliteFetcher({ ...DEFAULT_FETCHER_OPTIONS, ...options.fetch });
  try {
    const items = sourceItems(inputs, {
      include: options.include,
      exclude: options.exclude,
      maxBytes: options.maxBytes,
      fetcher,
      validatorsFor: async (uri) => store.sourceState(uri),
      onExpected: (n) => options.progress?.expect(n),
    });
    return await ingestItems(store, items, options);
  } finally {
    await fetcher.close();
  }
}

/**
 * Ingest a stream of source items (pages, per-item errors, unchanged URLs) as `runIngest` does;
 * benchmarks feed it pages generated on the fly.
 */
export async function ingestItems(
  store: ArticleStore,
  items: AsyncIterable<SourceItem>,
  options: Omit<IngestOptions, 'include' | 'exclude' | 'fetch'>,
): Promise<IngestSummary> {
  const counts = emptyCounts();
  let notPages = 0;
  const failures: IngestError[] = [];
  const failed = async (error: IngestError) => {
    await store.recordError(error);
    if (failures.length < FAILURES_SHOWN) failures.push(error);
    options.onError?.(error);
  };
  const countError = (code: string) => {
    counts.errors[code] = (counts.errors[code] ?? 0) + 1;
  };
  const analyzer = createAnalyzer(options.workers, options.maxBytes);
  options.onAnalyzer?.(analyzer);
  const maxInFlight = Math.max(4, options.workers * 64);
  const queue: InFlight[] = [];
  let inFlightBytes = 0;
  const started = performance.now();

  // Remembered only once the page is in the store, so a killed run re-fetches what it had not stored.
  const saveValidators = async (item: PageItem | HeldItem) => {
    if (!item.validators) return;
    const { uri, state } = item.validators;
    await store.saveSourceState(uri, 'url', { ...state, sha256: item.page.sha256 });
  };

  const enqueue = (item: PageItem) => {
    const { bytes, ...page } = item.page;
    const held: HeldItem = { ...item, page, byteLength: bytes.length };
    const analysis = analyzer.analyze(item.page, { moveBytes: true });
    const entry: InFlight = { item: held, analysis, settled: false };
    const settle = () => {
      entry.settled = true;
    };
    entry.analysis.then(settle, settle);
    queue.push(entry);
    inFlightBytes += held.byteLength;
  };

  /**
   * Write the head pages once the first `wanted` are analysed, with every analysed page right behind
   * them, in input order, in one transaction.
   */
  const writeBatch = async (wanted: number) => {
    const head = queue.slice(0, Math.max(1, wanted));
    await Promise.all(head.map((entry) => entry.analysis.catch(() => undefined)));
    const batch = [queue.shift()!];
    while (batch.length < MAX_BATCH && queue[0]?.settled) batch.push(queue.shift()!);
    const analysed: Array<{ item: InFlight['item'] } & AnalysedPage> = [];
    for (const entry of batch) {
      const page = entry.item.page;
      inFlightBytes -= entry.item.byteLength;
      try {
        analysed.push({ item: entry.item, ...(await entry.analysis) });
      } catch (error) {
        countError('ANALYSIS');
        const message = `${page.uri}: analysis failed: ${(error as Error).message.split('\n')[0]}`;
        await failed({ uri: page.uri, code: 'ANALYSIS', message, pageSha256: page.sha256 });
      }
    }
    const results = await store.storePages(
      analysed.map(({ item, records, signatures }) => ({
        sha256: item.page.sha256,
        uri: item.page.uri,
        origin: item.origin,
        format: records[0]?.source.format ?? 'text',
        byteLength: item.byteLength,
        records,
        signatures,
      })),
    );
    for (const [index, result] of results.entries()) {
      const { page } = analysed[index]!.item;
      const { stored, articles, events } = result;
      options.onPage?.({ uri: page.uri, sha256: page.sha256, stored, articles, events });
      if (result.stored) {
        counts.stored++;
        counts.articles += result.articles;
        counts.events += result.events;
        counts.duplicates += result.duplicates;
        for (const code of result.errors) countError(code);
      } else {
        counts.skipped++;
      }
    }
    for (const { item } of analysed) await saveValidators(item);
    options.progress?.update(counts);
  };

  try {
    for await (const item of items) {
      if (item.kind === 'error') {
        counts.pages++;
        countError(item.code);
        await failed({ uri: item.uri, code: item.code, message: item.message, pageSha256: null });
        continue;
      }
      if (item.kind === 'not-page') {
        notPages++;
        continue;
      }
      if (item.kind === 'unchanged') {
        counts.unchanged++;
        // The page fetched last time is what the store holds for this URL.
        const sha256 = options.onPage ? (await store.sourceState(item.uri))?.sha256 : null;
        if (sha256) options.onPage?.({ uri: item.uri, sha256, stored: false, articles: 0, events: 0 });
        continue;
      }
      counts.pages++;
      if (await store.hasPage(item.page.sha256)) {
        counts.skipped++;
        const { uri, sha256 } = item.page;
        options.onPage?.({ uri, sha256, stored: false, articles: 0, events: 0 });
        await saveValidators(item);
        options.progress?.update(counts);
        continue;
      }
      enqueue(item);
      if (queue.length >= maxInFlight || inFlightBytes >= MAX_IN_FLIGHT_BYTES)
        await writeBatch(Math.ceil(queue.length * BATCH_SHARE));
    }
    while (queue.length > 0) await writeBatch(queue.length);
  } finally {
    await analyzer.close();
    options.progress?.finish();
  }
  const commitments = await store.refreshCommitments(options.asOf);
  return { ...counts, seconds: (performance.now() - started) / 1000, commitments, notPages, failures };
}

/** The end-of-run summary, several lines. */
export function formatIngestSummary(summary: IngestSummary): string {
  const rate = summary.seconds > 0 ? summary.pages / summary.seconds : 0;
  const errors = Object.entries(summary.errors).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lines = [
    `pages: ${summary.pages} (${summary.stored} stored, ${summary.skipped} already stored, ${summary.unchanged} unchanged) in ${summary.seconds.toFixed(1)} s, ${rate.toFixed(1)} pages/s`,
    `articles: ${summary.articles}  events: ${summary.events}  duplicates: ${summary.duplicates}`,
    `commitments as of ${summary.commitments.asOf ?? '—'}: ${summary.commitments.open} open, ${summary.commitments.fulfilled} fulfilled, ${summary.commitments.overdue} overdue`,
    `errors: ${errors.length ? errors.map(([code, n]) => `${code} ${n}`).join(', ') : 'none'}`,
    ...summary.failures.map((failure) => `  ${failure.code} ${failure.uri}: ${failure.message}`),
    ...(errorTotal(summary) > summary.failures.length
      ? [
          `  … ${errorTotal(summary) - summary.failures.length} more: entente errors --db <file> lists them all`,
        ]
      : []),
    ...(summary.notPages > 0
      ? [`not pages: ${summary.notPages} skipped (documentation, data files, robots.txt, images…)`]
      : []),
  ];
  return lines.join('\n');
}
