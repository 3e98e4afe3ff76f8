import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../records/article.js';
import type { AnalysisJob } from './analyze-page.js';
import type { Page } from './page.js';

/** Runs page analysis off the main thread; `size` 0 runs it in-process (tests, tiny inputs). */
export interface Analyzer {
  analyze(page: Page): Promise<OutputRecord[]>;
  close(): Promise<void>;
}

interface PooledWorker {
  worker: Worker;
  alive: boolean;
  pending: Map<number, { resolve: (records: OutputRecord[]) => void; reject: (error: Error) => void }>;
}

// The writer thread loads the analysis code (and its lexicons) only when it must analyse itself.
async function analyzeHere(page: Page, maxBytes: number): Promise<OutputRecord[]> {
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

/** An analyzer backed by `size` worker threads (least-busy dispatch), or in-process when size is 0. */
export function createAnalyzer(size: number, maxBytes: number): Analyzer {
  if (size <= 0) {
    return { analyze: (page) => analyzeHere(page, maxBytes), close: async () => undefined };
  }
  let nextId = 0;
  const pool: PooledWorker[] = Array.from({ length: size }, () => {
    const pooled: PooledWorker = {
      worker: startWorker(),
      alive: true,
      pending: new Map(),
    };
    pooled.worker.on('message', (message: { id: number; records?: OutputRecord[]; error?: string }) => {
      const waiter = pooled.pending.get(message.id);
      pooled.pending.delete(message.id);
      if (message.records) waiter?.resolve(message.records);
      else waiter?.reject(new Error(message.error ?? 'analysis failed'));
    });
    // A worker that dies fails its pending pages; later pages go to the others (or this thread).
    const fail = (error: Error) => {
      pooled.alive = false;
      for (const waiter of pooled.pending.values()) waiter.reject(error);
      pooled.pending.clear();
    };
    pooled.worker.on('error', fail);
    pooled.worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    return pooled;
  });
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
      for (const pooled of pool) pooled.alive = false;
      await Promise.all(pool.map((pooled) => pooled.worker.terminate()));
    },
  };
}
