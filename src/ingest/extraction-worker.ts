import { parentPort } from 'node:worker_threads';
import { currentThreadId } from '../pipeline/thread-id.js';
import { extractAndSign, type ExtractionAnswer, type ExtractionJob } from './page-extractor.js';
import { heapUseHere } from './heap-use.js';

// This thread's `/proc` id, so that a benchmark can tell its CPU apart.
parentPort?.postMessage({ threadId: currentThreadId() });

/**
 * Worker side of the page extractor: a large page in (its bytes moved here), its extracted records
 * and their MinHash signatures out (or the failure); asked for its heap, the heap's figures.
 */
parentPort?.on('message', (message: ExtractionJob | { heap: true }) => {
  if ('heap' in message) {
    parentPort!.postMessage({ heap: heapUseHere() });
    return;
  }
  let answer: ExtractionAnswer;
  try {
    answer = { id: message.id, extracted: extractAndSign(message.page, message.maxBytes) };
  } catch (error) {
    answer = { id: message.id, error: (error as Error).message };
  }
  parentPort!.postMessage(answer);
});
