import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractAndSign, type ExtractionAnswer, type ExtractionJob } from './page-extractor.js';
import { heapUseHere } from './heap-use.js';

/** This thread's id in `/proc` (Linux), so that a benchmark can tell its CPU apart; null elsewhere. */
function threadId(): string | null {
  try {
    return readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

parentPort?.postMessage({ threadId: threadId() });

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
