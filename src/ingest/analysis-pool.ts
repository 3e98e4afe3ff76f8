import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startScriptWorker } from '../pipeline/worker-script.js';
import type { SharedSyntaxModels } from '../syntax/syntax-models.js';
import type { AnalysedPage, AnalysisJob, AnalysisWork, AnalysisWorkerData } from './analyze-page.js';
import { needsAnalysis } from './extracted-page.js';
import type { HeapUse } from './heap-use.js';
import type { Page } from './page.js';
import { culpritError, IsolationRunner, type PendingJob, type WorkerMessage } from './isolation-runner.js';
import { createPageExtractor } from './page-extractor.js';

/**
 * Runs page analysis off the main thread (the extraction of large pages, which needs no lexicon,
 * on a thread of its own); `size` 0 runs everything in-process (tests, tiny inputs).
 */
export interface Analyzer {
  /**
   * The page's analysed records. `moveBytes`: the caller needs `page.bytes` no more (a large page's
   * buffer then moves to the extraction thread, and `page.bytes` is left empty).
   */
  analyze(page: Page, options?: { moveBytes?: boolean }): Promise<AnalysedPage>;
  /** The heap of each live worker (none in-process), once it has answered the pages sent before. */
  heapUse(): Promise<HeapUse[]>;
  /** The heap of the extraction thread, when one is running. */
  extractorHeapUse(): Promise<HeapUse | null>;
  /** `/proc` thread ids of the extraction threads started so far (Linux). */
  extractorThreadIds(): string[];
  close(): Promise<void>;
}

interface PooledWorker {
  worker: Worker;
  alive: boolean;
  /** Whether it answered at least once: a worker that dies before that cannot start at all. */
  answered: boolean;
  pending: Map<number, PendingJob>;
  /** Pages held until the worker has the shared syntax models (null once it has them or needs none). */
  waiting: AnalysisJob[] | null;
  /** Callers of heapUse waiting for this worker's answer, in the order asked (null if it dies first). */
  heapWaiters: Array<(heap: HeapUse | null) => void>;
}

/** Starts a worker: with the syntax models another worker decoded, or asked to share its own (`share`). */
export type SpawnWorker = (models: SharedSyntaxModels | null, share: boolean) => Worker;

// The writer thread loads the analysis code (and its lexicons) only when it must analyse itself.
async function analyzeHere(work: AnalysisWork): Promise<AnalysedPage> {
  const { analyzeWork } = await import('./analyze-page.js');
  return analyzeWork(work);
}

/**
 * Pages at least this large are extracted (decoded, segmented) and signed apart, on the page
 * extractor's thread, and their workers only analyse the records; smaller ones go to the workers
 * whole. On real-size pages (~120–180 KB of HTML, 5–10 ms of extraction for ~25 of analysis) the
 * analysis workers are the bottleneck: `bench ingest --corpus real`, 600 pages, 1 worker, before/after
 * taking extraction out of them, side by side at load 7.3–8.7: 5.2 → 5.9 pages/s, the analysis
 * thread 41.0 → 33.2 ms CPU a page. On small pages (the synthetic ~3 KB dispatches) the writer is
 * the bottleneck at scale, and their extraction is a small share of their analysis: they stay with
 * the workers.
 */
const EXTRACT_APART_BYTES = 32 * 1024;

/**
 * Old-generation heap cap per worker: makes V8 collect early so RSS stays flat over long runs. A
 * worker holds ~65 MB live (lexicons, gazetteers, the models' tables, caches): under a 96 MB cap it
 * ran full collections all the time (real-size pages: 23–53 mark-compacts per 300 pages, CPU per
 * page 1.4–1.9×); 128 MB leaves it room (8 mark-compacts; `bench ingest --corpus real`, 400 pages:
 * 72.5 → 42.6 ms CPU a page, peak RSS 485 → 522 MB). On a 20,000-page run the caches (word shapes,
 * ambiguity classes, form sums, folds) keep filling with new forms and the live heap climbed from 95 to
 * 121 MB until the worker died at ~14k pages (a replacement and a re-analysis worker then cost ~140 MB
 * of RSS): 160 MB holds the caches at their limits.
 */
const WORKER_HEAP_MB = 160;

/**
 * Young-generation size per worker (V8's default reserves 16 MB semi-spaces, mostly garbage between
 * pages): 24 MB changes the CPU a page within the noise of the loaded machine and, with the page
 * generator's cap, takes ~40 MB off the peak RSS of `bench ingest --corpus real` (1 worker, 400
 * pages: 483 → 442 MB).
 */
const WORKER_YOUNG_MB = 24;

/** A worker thread on the analysis script. */
function startWorker(models: SharedSyntaxModels | null, share: boolean): Worker {
  const workerData: AnalysisWorkerData = models ? { syntaxModels: models } : { shareSyntaxModels: share };
  return startScriptWorker(import.meta.url, 'analysis-worker', {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    workerData,
  });
}

/**
 * Analysis workers to start by default: one core stays with the writer thread, the bottleneck
 * at scale on small pages (`bench ingest`, 100k pages on 2 cores: 1 worker 208.5 pages/s in 393 MB,
 * 2 workers 184 pages/s in 530 MB, competing with the writer for the cores). On real-size pages
 * the worker is the bottleneck (the writer thread is ~90% idle), but each worker holds its own
 * lexicons (the language detector's n-grams took ~26 MB of heap before eld-compact.ts, ~3 now), the
 * parser's tag-group tables and its heap; only the syntax weights are shared. A second worker adds ~190 MB of peak RSS (`entente
 * ingest` of 190 real pages: 353 → 541 MB), past the 400 MB a default ingest should stay under,
 * so two cores keep one worker unless `--workers 2` is asked for.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Workers that die before answering once (a script that cannot start) are replaced this often at most. */
const MAX_FAILED_STARTS = 16;

/**
 * An analyzer backed by `size` worker threads (least-busy dispatch), or in-process when size is 0.
 * Large pages are extracted first on the extraction thread (see EXTRACT_APART_BYTES, `page-extractor.ts`); those with nothing to analyse
 * (error records only) never go to a worker. A worker that dies is replaced; the pages it held are analysed again one at a time on a worker
 * of their own, so only a page that kills a worker by itself fails (its error names it) and the
 * pages that shared the worker with it are kept. `spawn` is for tests.
 *
 * With several workers, the first decodes the syntax models onto shared memory and sends them
 * back; the others get them as their first message and score with the same weights (one copy of
 * the models for the pool, not one per worker). Their pages wait here until then. The decoding's
 * garbage stays in the first worker, whose heap reuses it, not in the writer thread.
 */
export function createAnalyzer(size: number, maxBytes: number, spawn: SpawnWorker = startWorker): Analyzer {
  if (size <= 0) {
    return {
      analyze: async (page) => analyzeHere({ page, maxBytes }),
      heapUse: async () => [],
      extractorHeapUse: async () => null,
      extractorThreadIds: () => [],
      close: async () => undefined,
    };
  }
  let nextId = 0;
  let failedStarts = 0;
  let closing = false;
  let models: SharedSyntaxModels | null = null;
  let sharing = size > 1;
  const pool: PooledWorker[] = [];
  const extractor = createPageExtractor(maxBytes);
  const isolation = new IsolationRunner(() => spawn(models, false));
  /** Send the waiting workers the models (or, once no worker will share them, nothing) and their pages. */
  const release = () => {
    for (const pooled of pool) {
      if (!pooled.waiting) continue;
      if (models) pooled.worker.postMessage({ syntaxModels: models });
      for (const job of pooled.waiting) pooled.worker.postMessage(job);
      pooled.waiting = null;
    }
  };
  const launch = (slot: number) => {
    const share = sharing && slot === 0 && !models;
    const pooled: PooledWorker = {
      worker: spawn(models, share),
      alive: true,
      answered: false,
      pending: new Map(),
      waiting: sharing && !share && !models ? [] : null,
      heapWaiters: [],
    };
    pool[slot] = pooled;
    pooled.worker.on('message', (message: WorkerMessage) => {
      pooled.answered = true;
      if ('syntaxModels' in message) {
        models ??= message.syntaxModels;
        release();
        return;
      }
      if ('heap' in message) {
        pooled.heapWaiters.shift()?.(message.heap);
        return;
      }
      const waiter = pooled.pending.get(message.id);
      pooled.pending.delete(message.id);
      if (message.page) waiter?.resolve(message.page);
      else waiter?.reject(new Error(message.error ?? 'analysis failed'));
    });
    const fail = (error: Error) => {
      if (!pooled.alive) return;
      pooled.alive = false;
      pooled.waiting = null;
      for (const waiter of pooled.heapWaiters.splice(0)) waiter(null);
      void pooled.worker.terminate();
      const held = [...pooled.pending.values()];
      pooled.pending.clear();
      if (held.length === 1) held[0]!.reject(culpritError(held[0]!.uri, error));
      else for (const job of held) isolation.run(job);
      if (!pooled.answered) failedStarts++;
      if (share && !models) {
        // The sharing worker died first: the others load their own models.
        sharing = false;
        release();
      }
      // Later pages go to a fresh worker (or, once workers cannot start, to the others or this thread).
      if (!closing && failedStarts < MAX_FAILED_STARTS) launch(slot);
    };
    pooled.worker.on('error', fail);
    pooled.worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
  };
  for (let slot = 0; slot < size; slot++) launch(slot);
  /** To the least busy live worker, or this thread when none is left. */
  const dispatch = (uri: string, work: AnalysisWork): Promise<AnalysedPage> => {
    const alive = pool.filter((pooled) => pooled.alive);
    if (alive.length === 0) return analyzeHere(work);
    const target = alive.reduce((best, candidate) =>
      candidate.pending.size < best.pending.size ? candidate : best,
    );
    const id = nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { uri, work, resolve, reject });
      const job: AnalysisJob = { id, ...work };
      if (target.waiting) target.waiting.push(job);
      else target.worker.postMessage(job);
    });
  };
  return {
    analyze(page, options) {
      if (page.bytes.length < EXTRACT_APART_BYTES) return dispatch(page.uri, { page, maxBytes });
      const { uri } = page;
      return extractor.extract(page, options?.moveBytes ?? false).then(({ extracted, signatures }) => {
        if (!needsAnalysis(extracted)) return { records: extracted.records, signatures };
        return dispatch(uri, { extracted, signed: true }).then(({ records }) => ({ records, signatures }));
      });
    },
    async heapUse() {
      const answers = pool
        .filter((pooled) => pooled.alive && !pooled.waiting)
        .map(
          (pooled) =>
            new Promise<HeapUse | null>((resolve) => {
              pooled.heapWaiters.push(resolve);
              pooled.worker.postMessage({ heap: true });
            }),
        );
      return (await Promise.all(answers)).filter((heap): heap is HeapUse => heap !== null);
    },
    extractorHeapUse: () => extractor.heapUse(),
    extractorThreadIds: () => extractor.threadIds(),
    async close() {
      closing = true;
      await extractor.close();
      for (const pooled of pool) {
        pooled.alive = false;
        for (const waiter of pooled.heapWaiters.splice(0)) waiter(null);
      }
      await Promise.all(pool.map((pooled) => pooled.worker.terminate()));
      await isolation.close();
    },
  };
}
