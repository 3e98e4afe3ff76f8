import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysedPage, AnalysisJob } from './analyze-page.js';
import type { Page } from './page.js';

/** Runs page analysis off the main thread; `size` 0 runs it in-process (tests, tiny inputs). */
export interface Analyzer {
  analyze(page: Page): Promise<AnalysedPage>;
  close(): Promise<void>;
}

interface PooledWorker {
  worker: Worker;
  alive: boolean;
  pending: Map<number, { resolve: (page: AnalysedPage) => void; reject: (error: Error) => void }>;
}

// The writer thread loads the analysis code (and its lexicons) only when it must analyse itself.
async function analyzeHere(page: Page, maxBytes: number): Promise<AnalysedPage> {
  const { analyzePage } = await import('./analyze-page.js');
  return analyzePage(page, maxBytes);
}

/** Old-generation heap cap per worker: makes V8 collect early so RSS stays flat over long runs. */
const WORKER_HEAP_MB = 96;

const RUNNING_TYPESCRIPT = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./analysis-worker${RUNNING_TYPESCRIPT ? '.ts' : '.js'}`, import.meta.url);

/** A worker thread on the analysis script; under a TypeScript runner (tests) it registers tsx first. */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!RUNNING_TYPESCRIPT) return new Worker(WORKER_URL, { resourceLimits });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

/**
 * Analysis workers to start by default: one core stays with the writer thread, the bottleneck
 * at scale (`bench ingest`, 100k pages on 2 cores: 1 worker 208.5 pages/s in 393 MB, 2 workers
 * 184 pages/s in 530 MB, competing with the writer for the cores).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Workers replaced after crashing (out of memory on a hostile page…) before a pool gives up on them. */
const MAX_RESTARTS = 16;

/**
 * An analyzer backed by `size` worker threads (least-busy dispatch), or in-process when size is 0.
 * A worker that dies fails only the pages it held and is replaced; `spawn` is for tests.
 */
export function createAnalyzer(size: number, maxBytes: number, spawn: () => Worker = startWorker): Analyzer {
  if (size <= 0) {
    return { analyze: (page) => analyzeHere(page, maxBytes), close: async () => undefined };
  }
  let nextId = 0;
  let restarts = 0;
  let closing = false;
  const pool: PooledWorker[] = [];
  const launch = (slot: number) => {
    const pooled: PooledWorker = { worker: spawn(), alive: true, pending: new Map() };
    pool[slot] = pooled;
    pooled.worker.on('message', (message: { id: number; page?: AnalysedPage; error?: string }) => {
      const waiter = pooled.pending.get(message.id);
      pooled.pending.delete(message.id);
      if (message.page) waiter?.resolve(message.page);
      else waiter?.reject(new Error(message.error ?? 'analysis failed'));
    });
    const fail = (error: Error) => {
      if (!pooled.alive) return;
      pooled.alive = false;
      for (const waiter of pooled.pending.values()) waiter.reject(error);
      pooled.pending.clear();
      // Later pages go to a fresh worker (or, once the budget is spent, to the others or this thread).
      if (!closing && restarts < MAX_RESTARTS) {
        restarts++;
        launch(slot);
      }
    };
    pooled.worker.on('error', fail);
    pooled.worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
  };
  for (let slot = 0; slot < size; slot++) launch(slot);
  return {
    analyze(page) {
      const alive = pool.filter((pooled) => pooled.alive);
      if (alive.length === 0) return analyzeHere(page, maxBytes);
      const target = alive.reduce((best, candidate) =>
        candidate.pending.size < best.pending.size ? candidate : best,
      );
      const id = nextId++;
      return new Promise((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        const job: AnalysisJob = { id, page, maxBytes };
        target.worker.postMessage(job);
      });
    },
    async close() {
      closing = true;
      for (const pooled of pool) pooled.alive = false;
      await Promise.all(pool.map((pooled) => pooled.worker.terminate()));
    },
  };
}
