import { Worker } from 'node:worker_threads';
import type { SourceItem } from '../ingest/ingest-sources.js';
import { makePage } from '../ingest/page.js';
import type { PageStreamMessage, PageStreamRequest } from './page-stream-worker.js';

/** Young-generation cap of the generating thread: it makes one short-lived page at a time. */
const GENERATOR_YOUNG_MB = 6;

/**
 * Old-generation cap of the generating thread: the templates hold ~15 MB of heap once loaded, and
 * without a cap V8 let the loading's garbage grow the heap past 50 MB first.
 */
const GENERATOR_OLD_MB = 32;

/** Pages asked for at a time, and the most held here waiting for the ingest. */
const WINDOW = 32;

/** Totals of a page stream once it has been read to its end. */
export interface PageStreamTotals {
  pages: number;
  bytes: number;
  /** CPU seconds the generating thread spent (templates and pages), when the system tells. */
  generatorCpuSeconds: number | null;
}

/**
 * Real-size pages generated in a worker thread, as the source items an ingest reads; `totals` is
 * filled as they are read (benchmarks run from the build: `npm run bench:*`).
 */
export async function* streamedPages(
  request: PageStreamRequest,
  totals: PageStreamTotals,
): AsyncGenerator<SourceItem> {
  const worker = new Worker(new URL('./page-stream-worker.js', import.meta.url), {
    workerData: request,
    resourceLimits: {
      maxYoungGenerationSizeMb: GENERATOR_YOUNG_MB,
      maxOldGenerationSizeMb: GENERATOR_OLD_MB,
    },
  });
  const buffered: PageStreamMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let requested = WINDOW;
  worker.on('message', (message: PageStreamMessage) => {
    if (!('done' in message)) requested--;
    buffered.push(message);
    notify();
  });
  worker.once('error', (error) => {
    failure = error;
    notify();
  });
  worker.postMessage(WINDOW);
  try {
    for (;;) {
      while (buffered.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const message = buffered.shift()!;
      if ('done' in message) {
        totals.generatorCpuSeconds = message.cpuSeconds;
        return;
      }
      if (requested + buffered.length < WINDOW / 2) {
        worker.postMessage(WINDOW / 2);
        requested += WINDOW / 2;
      }
      totals.pages++;
      totals.bytes += message.bytes.length;
      const page = makePage(message.uri, message.bytes);
      yield { kind: 'page', page, origin: page.uri };
    }
  } finally {
    await worker.terminate();
  }
}
