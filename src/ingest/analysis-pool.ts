import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startScriptWorker } from '../pipeline/worker-script.js';
import type { SharedSyntaxModels } from '../syntax/syntax-models.js';
import type { AnalysedPage, AnalysisJob, AnalysisWork, AnalysisWorkerData } from './analyze-page.js';
import { extractForAnalysis, needsAnalysis, pageSignatures } from './extracted-page.js';
import type { HeapUse } from './heap-use.js';
import type { Page } from './page.js';

/**
 * Runs page analysis off the main thread (the extraction of large pages, which needs no lexicon,
 * on it); `size` 0 runs everything in-process (tests, tiny inputs).
 */
export interface Analyzer {
  analyze(page: Page): Promise<AnalysedPage>;
  /** The heap of each live worker (none in-process), once it has answered the pages sent before. */
  heapUse(): Promise<HeapUse[]>;
  close(): Promise<void>;
}

interface PendingJob {
  /** The page's address, for the error of a page that kills its worker (its bytes are not kept here). */
  uri: string;
  work: AnalysisWork;
  resolve: (page: AnalysedPage) => void;
  reject: (error: Error) => void;
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

type WorkerMessage =
  | { id: number; page?: AnalysedPage; error?: string }
  | { syntaxModels: SharedSyntaxModels }
  | { heap: HeapUse };

/** Starts a worker: with the syntax models another worker decoded, or asked to share its own (`share`). */
export type SpawnWorker = (models: SharedSyntaxModels | null, share: boolean) => Worker;

// The writer thread loads the analysis code (and its lexicons) only when it must analyse itself.
async function analyzeHere(work: AnalysisWork): Promise<AnalysedPage> {
  const { analyzeWork } = await import('./analyze-page.js');
  return analyzeWork(work);
}

/**
 * Pages at least this large are extracted (decoded, segmented) on the calling thread, the
 * writer's, and their workers only analyse the records; smaller ones go to the workers whole.
 * On real-size pages (~120–180 KB of HTML, 5–10 ms of extraction for ~25 of analysis) the
 * analysis workers are the bottleneck and the writer is mostly idle: `bench ingest --corpus real`,
 * 600 pages, 1 worker, before/after side by side at load 7.3–8.7: 5.2 → 5.9 pages/s, the analysis
 * thread 41.0 → 33.2 ms CPU a page, the writer 4.7 → 11.2, peak RSS within the noise. On small
 * pages (the synthetic ~3 KB dispatches) the writer is the bottleneck at scale, and their
 * extraction is a small share of their analysis: they stay with the workers.
 */
const EXTRACT_HERE_BYTES = 32 * 1024;

/**
 * What a worker gets for a page: the extracted records of a large page, signed here (MinHash reads
 * the extracted text only: ~1 ms a real-size page the analysis worker, the bottleneck, no longer
 * spends), or its records when there is nothing to analyse; else the page.
 */
function workFor(
  page: Page,
  maxBytes: number,
): { work: AnalysisWork; signatures: AnalysedPage['signatures'] | null } | AnalysedPage {
  if (page.bytes.length < EXTRACT_HERE_BYTES) return { work: { page, maxBytes }, signatures: null };
  const extracted = extractForAnalysis(page, maxBytes);
  const signatures = pageSignatures(extracted.records);
  if (!needsAnalysis(extracted)) return { records: extracted.records, signatures };
  return { work: { extracted, signed: true }, signatures };
}

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

/** The error a page gets when the worker analysing it alone died: it is the culprit. */
function culpritError(uri: string, cause: Error): Error {
  return new Error(`the analysis worker died on this page alone (${cause.message}); ${uri} was not analysed`);
}

/**
 * Runs suspect pages one at a time on a worker of their own, so that a page which crashes a
 * worker is told apart from the pages that happened to share it.
 */
class IsolationRunner {
  private worker: Worker | null = null;
  private chain: Promise<void> = Promise.resolve();
  private nextId = 0;
  /** Pages handed over and not yet answered. */
  private queued = 0;

  constructor(private readonly spawn: () => Worker) {}

  /**
   * Queue a page; the worker is started for the first and stopped once the queue is empty (it
   * holds a whole analysis heap, ~150 MB, that a long run would otherwise keep for nothing).
   */
  run(job: PendingJob): void {
    this.queued++;
    this.chain = this.chain.then(async () => {
      await this.runOne(job);
      if (--this.queued === 0) await this.stop();
    });
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private runOne(job: PendingJob): Promise<void> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<void>((done) => {
      const settle = (outcome: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onDeath);
        worker.off('exit', onExit);
        outcome();
        done();
      };
      const onMessage = (message: WorkerMessage) => {
        if (!('id' in message) || message.id !== id) return;
        settle(() =>
          message.page
            ? job.resolve(message.page)
            : job.reject(new Error(message.error ?? 'analysis failed')),
        );
      };
      const onDeath = (error: Error) => {
        this.worker = null;
        void worker.terminate();
        settle(() => job.reject(culpritError(job.uri, error)));
      };
      const onExit = (code: number) => onDeath(new Error(`analysis worker exited with code ${code}`));
      worker.on('message', onMessage);
      worker.on('error', onDeath);
      worker.on('exit', onExit);
      const message: AnalysisJob = { id, ...job.work };
      worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.chain;
    await this.stop();
  }
}

/**
 * An analyzer backed by `size` worker threads (least-busy dispatch), or in-process when size is 0.
 * Large pages are extracted here first (see EXTRACT_HERE_BYTES); those with nothing to analyse
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
      close: async () => undefined,
    };
  }
  let nextId = 0;
  let failedStarts = 0;
  let closing = false;
  let models: SharedSyntaxModels | null = null;
  let sharing = size > 1;
  const pool: PooledWorker[] = [];
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
    analyze(page) {
      let prepared: ReturnType<typeof workFor>;
      try {
        prepared = workFor(page, maxBytes);
        if ('records' in prepared) return Promise.resolve(prepared);
      } catch (error) {
        return Promise.reject(error as Error);
      }
      const { work, signatures } = prepared;
      const answer = dispatch(page.uri, work);
      return signatures ? answer.then(({ records }) => ({ records, signatures })) : answer;
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
    async close() {
      closing = true;
      for (const pooled of pool) {
        pooled.alive = false;
        for (const waiter of pooled.heapWaiters.splice(0)) waiter(null);
      }
      await Promise.all(pool.map((pooled) => pooled.worker.terminate()));
      await isolation.close();
    },
  };
}
