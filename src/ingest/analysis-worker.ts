import { parentPort } from 'node:worker_threads';
import { analyzePage, type AnalysisJob } from './analyze-page.js';

/** Worker side of the analysis pool: one job in, its records (or the failure) out. */
parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort!.postMessage({ id: job.id, page: analyzePage(job.page, job.maxBytes) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
