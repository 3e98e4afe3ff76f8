import { parentPort, workerData } from 'node:worker_threads';
import { eventReads } from '../result-pages.js';
import { SqliteArticleStore } from './sqlite-store.js';
import type { ReadReply, ReadRequest } from './read-pool.js';

/**
 * One reader of the API's read pool: its own read-only connection, answering one request at a
 * time (better-sqlite3 is synchronous), so a slow query holds this thread only.
 */
const store = SqliteArticleStore.open((workerData as { path: string }).path, { readonly: true });

const events = eventReads(store);

parentPort!.on('message', (request: ReadRequest) => {
  const read = (
    request.method === 'eventPage' || request.method === 'eventCounts'
      ? events[request.method].bind(events)
      : store[request.method].bind(store)
  ) as (...args: unknown[]) => Promise<unknown>;
  read(...request.args).then(
    (value) => parentPort!.postMessage({ id: request.id, ok: true, value } satisfies ReadReply),
    (error: Error & { code?: string }) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        error: { name: error.name, message: error.message, code: error.code },
      } satisfies ReadReply),
  );
});
