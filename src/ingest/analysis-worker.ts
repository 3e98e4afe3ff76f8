import { parentPort, workerData } from 'node:worker_threads';
import {
  sharedSyntaxModels,
  useSharedSyntaxModels,
  type SharedSyntaxModels,
} from '../syntax/syntax-models.js';
import { analyzeWork, type AnalysisJob, type AnalysisWorkerData } from './analyze-page.js';
import { heapUseHere } from './heap-use.js';

// One worker of a pool decodes the syntax models onto shared memory and sends them to the pool,
// which gives them to the others (before their first page); a lone worker loads each language's
// model from its file when a page needs it.
const data = workerData as AnalysisWorkerData | null;
if (data && 'syntaxModels' in data) useSharedSyntaxModels(data.syntaxModels);
else if (data?.shareSyntaxModels) {
  const models = sharedSyntaxModels();
  useSharedSyntaxModels(models);
  parentPort?.postMessage({ syntaxModels: models });
}

/**
 * Worker side of the analysis pool: the shared models, or a page's extracted records (or bytes) in
 * and its analysed records (or the failure) out; asked for its heap, the heap's figures.
 */
parentPort?.on('message', (message: AnalysisJob | { syntaxModels: SharedSyntaxModels } | { heap: true }) => {
  if ('syntaxModels' in message) {
    useSharedSyntaxModels(message.syntaxModels);
    return;
  }
  if ('heap' in message) {
    parentPort!.postMessage({ heap: heapUseHere() });
    return;
  }
  const job = message;
  try {
    parentPort!.postMessage({ id: job.id, page: analyzeWork(job) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
