import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuSeconds } from './process-meter.js';
import { loadTemplates, realSizePages } from './real-size-pages.js';

/** What `bench ingest --corpus real` asks this worker to generate. */
export interface PageStreamRequest {
  folders: string[];
  pages: number;
  seed: number;
  duplicateRate: number;
}

/** A generated page as posted to the ingesting thread (bytes transferred, not copied), then the end with this thread's CPU time. */
export type PageStreamMessage =
  { uri: string; bytes: Uint8Array } | { done: true; cpuSeconds: number | null };

/**
 * Worker thread generating real-size pages on demand: the ingesting thread posts how many more it
 * wants (credit), so at most a window of pages is ever in memory and none is written to disk.
 */
const request = workerData as PageStreamRequest;
const pages = realSizePages(loadTemplates(request.folders), request);
parentPort!.on('message', (credit: number) => {
  for (let i = 0; i < credit; i++) {
    const next = pages.next();
    if (next.done) {
      parentPort!.postMessage({ done: true, cpuSeconds: threadCpuSeconds() } satisfies PageStreamMessage);
      return;
    }
    const { uri, bytes } = next.value;
    parentPort!.postMessage({ uri, bytes } satisfies PageStreamMessage, [bytes.buffer as ArrayBuffer]);
  }
});
