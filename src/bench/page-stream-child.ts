import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates, realSizePages } from './real-size-pages.js';

/** What `bench ingest --corpus real` asks this process to generate. */
export interface PageStreamRequest {
  folders: string[];
  pages: number;
  seed: number;
  duplicateRate: number;
}

/**
 * A generated page, written to a file of `dir` that the ingesting process reads and deletes, then
 * the end with this process's CPU time and peak RSS.
 */
export type PageStreamMessage =
  { uri: string; path: string } | { done: true; cpuSeconds: number; peakRssMb: number };

function send(message: PageStreamMessage): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
}

/**
 * Child process generating real-size pages on demand (it stands for the disk a real ingest reads,
 * so its memory and CPU are not the ingest's): the ingesting process sends how many more pages it
 * wants (credit), so at most a window of pages is ever in memory or on disk (in `dir`, each page
 * a file until the ingest has read it, as a real ingest reads a folder).
 */
const request = JSON.parse(process.argv[2]!) as PageStreamRequest;
const dir = process.argv[3]!;
let written = 0;
const pages = realSizePages(loadTemplates(request.folders), request);
let sending = Promise.resolve();
process.on('message', (credit: number) => {
  sending = sending.then(async () => {
    for (let i = 0; i < credit; i++) {
      const next = pages.next();
      if (next.done) {
        const { user, system } = process.cpuUsage();
        const peakRssMb = process.resourceUsage().maxRSS / 1024;
        await send({ done: true, cpuSeconds: (user + system) / 1e6, peakRssMb });
        process.disconnect();
        return;
      }
      const path = join(dir, `${written++}.html`);
      writeFileSync(path, next.value.bytes);
      await send({ uri: next.value.uri, path });
    }
  });
});
