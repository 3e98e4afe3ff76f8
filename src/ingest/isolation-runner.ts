import type { Worker } from 'node:worker_threads';
import type { AnalysedPage, AnalysisJob, AnalysisWork } from './analyze-page.js';
import type { HeapUse } from './heap-use.js';
import type { SharedSyntaxModels } from '../syntax/syntax-models.js';

/** A page handed to an analysis worker, until it answers. */
export interface PendingJob {
  /** The page's address, for the error of a page that kills its worker (its bytes are not kept here). */
  uri: string;
  work: AnalysisWork;
  resolve: (page: AnalysedPage) => void;
  reject: (error: Error) => void;
}

/** What an analysis worker sends back. */
export type WorkerMessage =
  | { id: number; page?: AnalysedPage; error?: string }
  | { syntaxModels: SharedSyntaxModels }
  | { heap: HeapUse };

/** The error a page gets when the worker analysing it alone died: it is the culprit. */
export function culpritError(uri: string, cause: Error): Error {
  return new Error(`the analysis worker died on this page alone (${cause.message}); ${uri} was not analysed`);
}

/**
 * Runs suspect pages one at a time on a worker of their own, so that a page which crashes a
 * worker is told apart from the pages that happened to share it.
 */
export class IsolationRunner {
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
