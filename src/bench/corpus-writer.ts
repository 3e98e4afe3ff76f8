import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { syntheticPages } from './synthetic-pages.js';

/** What `bench ingest` asks this worker to write. */
export interface CorpusRequest {
  dir: string;
  pages: number;
  seed: number;
  duplicateRate: number;
}

/**
 * Worker thread writing a synthetic corpus as files, 1000 per folder (listings stay fast at 100k
 * pages). It runs apart so the generator's heap is gone before the ingest whose memory is measured.
 */
const request = workerData as CorpusRequest;
let index = 0;
for (const page of syntheticPages(request)) {
  const folder = join(request.dir, String(Math.floor(index / 1000)).padStart(4, '0'));
  if (index % 1000 === 0) mkdirSync(folder);
  writeFileSync(join(folder, `${String(index).padStart(7, '0')}.html`), page.bytes);
  index++;
}
