import type { Worker } from 'node:worker_threads';
import { startScriptWorker } from '../pipeline/worker-script.js';
import { extractForAnalysis, pageSignatures, type ExtractedPage } from './extracted-page.js';
import type { HeapUse } from './heap-use.js';
import type { Page } from './page.js';

/** A page's extracted records and their MinHash signatures (by record index; they read the text only). */
export interface SignedExtraction {
  extracted: ExtractedPage;
  signatures: Array<Uint32Array | null>;
}

/** Extraction (decoding, HTML segmentation) and MinHash signatures of one page, on this thread. */
export function extractAndSign(page: Page, maxBytes: number): SignedExtraction {
  const extracted = extractForAnalysis(page, maxBytes);
  return { extracted, signatures: pageSignatures(extracted.records) };
}

/** A page sent to the extraction worker. */
export interface ExtractionJob {
  id: number;
  page: Page;
  maxBytes: number;
}

/** The extraction worker's answer for a page. */
export type ExtractionAnswer = { id: number; extracted: SignedExtraction } | { id: number; error: string };

type ExtractorMessage = ExtractionAnswer | { heap: HeapUse } | { threadId: string | null };

/**
 * Heap caps of the extraction worker. It holds ~10 MB live (the extraction code, the class/id
 * verdicts) and one page's HTML tree at a time, garbage a page later. Under these caps its heap
 * peaks at 20–23 MB used, 25–31 committed (`bench ingest --corpus real`, 2,000 pages); on the writer
 * thread, whose heap V8 sizes with no cap (a 16 MB semi-space), the writer's heap peaked at 91 MB
 * committed with extraction in it and 58 without. The old generation's cap leaves room for a page at
 * the size limit (the hostile corpus's 4 MB page of deep markup).
 */
const EXTRACTOR_OLD_MB = 96;
const EXTRACTOR_YOUNG_MB = 8;

/** Starts the extraction worker thread. */
function startExtractionWorker(): Worker {
  return startScriptWorker(import.meta.url, 'extraction-worker', {
    resourceLimits: {
      maxOldGenerationSizeMb: EXTRACTOR_OLD_MB,
      maxYoungGenerationSizeMb: EXTRACTOR_YOUNG_MB,
    },
  });
}

/** Workers that die before their first message (a script that cannot start): then this thread extracts. */
const MAX_FAILED_STARTS = 4;

/**
 * Extracts large pages on a worker thread of its own, one page at a time in the order asked, so
 * the writer thread (the caller) keeps no page's bytes, HTML tree or decoded text, and the heap
 * that work needs has a cap. A page that kills the worker fails alone (it was the only one there);
 * the next page gets a new worker.
 */
export interface PageExtractor {
  /**
   * The page's extraction. `moveBytes`: the caller needs `page.bytes` no more, so a page whose
   * bytes fill their buffer has it moved to the worker (left empty here) instead of copied.
   */
  extract(page: Page, moveBytes: boolean): Promise<SignedExtraction>;
  /** The worker's heap once it has done the pages sent before (null when none is running). */
  heapUse(): Promise<HeapUse | null>;
  /** `/proc` thread ids of the workers started so far (Linux), for CPU figures by thread. */
  threadIds(): string[];
  close(): Promise<void>;
}

interface QueuedPage {
  page: Page;
  moveBytes: boolean;
  resolve: (extraction: SignedExtraction) => void;
  reject: (error: Error) => void;
}

interface RunningWorker {
  worker: Worker;
  /** Whether it has said it is up: pages are sent only then, so a failed start loses no moved bytes. */
  ready: boolean;
  heapWaiters: Array<(heap: HeapUse | null) => void>;
}

/** Whether a view covers its whole buffer, which can then be moved rather than copied. */
function ownsBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

/** A page extractor on a worker thread started on the first page (`spawn` is for tests). */
export function createPageExtractor(
  maxBytes: number,
  spawn: () => Worker = startExtractionWorker,
): PageExtractor {
  const queue: QueuedPage[] = [];
  const threads: string[] = [];
  let running: RunningWorker | null = null;
  let inHand: QueuedPage | null = null;
  let nextId = 0;
  let failedStarts = 0;
  let closing = false;

  const settle = (outcome: (job: QueuedPage) => void) => {
    const job = inHand;
    inHand = null;
    if (job) outcome(job);
    pump();
  };

  const launch = (): RunningWorker => {
    const current: RunningWorker = { worker: spawn(), ready: false, heapWaiters: [] };
    current.worker.on('message', (message: ExtractorMessage) => {
      if ('threadId' in message) {
        if (message.threadId) threads.push(message.threadId);
        current.ready = true;
        pump();
      } else if ('heap' in message) {
        current.heapWaiters.shift()?.(message.heap);
      } else if ('extracted' in message) {
        settle((job) => job.resolve(message.extracted));
      } else {
        settle((job) => job.reject(new Error(message.error)));
      }
    });
    const fail = (error: Error) => {
      if (running !== current) return;
      running = null;
      void current.worker.terminate();
      for (const waiter of current.heapWaiters.splice(0)) waiter(null);
      if (!current.ready) failedStarts++;
      settle((job) =>
        job.reject(
          new Error(
            `the extraction worker died on this page (${error.message}); ${job.page.uri} was not extracted`,
          ),
        ),
      );
    };
    current.worker.on('error', fail);
    current.worker.on('exit', (code) => fail(new Error(`extraction worker exited with code ${code}`)));
    return current;
  };

  /** Send the next page to the worker once it is free (starting one if needed). */
  const pump = () => {
    if (inHand || queue.length === 0 || closing) return;
    if (failedStarts >= MAX_FAILED_STARTS) {
      // Workers cannot start here: this thread extracts, as before there was a worker.
      for (const job of queue.splice(0)) {
        try {
          job.resolve(extractAndSign(job.page, maxBytes));
        } catch (error) {
          job.reject(error as Error);
        }
      }
      return;
    }
    running ??= launch();
    if (!running.ready) return;
    const job = queue.shift()!;
    inHand = job;
    const message: ExtractionJob = { id: nextId++, page: job.page, maxBytes };
    const bytes = job.page.bytes;
    running.worker.postMessage(
      message,
      job.moveBytes && ownsBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : [],
    );
  };

  return {
    extract(page, moveBytes) {
      return new Promise<SignedExtraction>((resolve, reject) => {
        queue.push({ page, moveBytes, resolve, reject });
        pump();
      });
    },
    async heapUse() {
      const current = running;
      if (!current?.ready) return null;
      return new Promise<HeapUse | null>((resolve) => {
        current.heapWaiters.push(resolve);
        current.worker.postMessage({ heap: true });
      });
    },
    threadIds: () => [...threads],
    async close() {
      closing = true;
      const current = running;
      running = null;
      if (!current) return;
      for (const waiter of current.heapWaiters.splice(0)) waiter(null);
      await current.worker.terminate();
    },
  };
}
