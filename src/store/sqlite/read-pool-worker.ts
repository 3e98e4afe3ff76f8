import { parentPort, workerData } from 'node:worker_threads';
import { eventReads, jsonReads } from '../result-pages.js';
import { SqliteArticleStore } from './sqlite-store.js';
import { isJsonRead, type ReadReply, type ReadRequest } from './read-pool.js';

/**
 * One reader of the API's read pool: its own read-only connection, answering one request at a
 * time (better-sqlite3 is synchronous), so a slow query holds this thread only.
 */
const store = SqliteArticleStore.open((workerData as { path: string }).path, { readonly: true });

const events = eventReads(store);
const json = jsonReads(store);

/** The function that answers a request: the store's, or one computed from it (event pages, JSON). */
function reader(method: ReadRequest['method']): (...args: unknown[]) => Promise<unknown> {
  const read =
    method === 'eventPage' || method === 'eventCounts'
      ? events[method].bind(events)
      : isJsonRead(method)
        ? json[method]
        : store[method].bind(store);
  return read as (...args: unknown[]) => Promise<unknown>;
}

const utf8 = new TextEncoder();

/**
 * Post a result back; JSON text goes as its UTF-8 bytes in a transferred buffer (no copy), so the
 * server's thread neither copies a dossier's 40 KB string out of the message nor encodes it again
 * for the socket. A kept dossier is read as bytes already (`dyad-dossier-json.ts`).
 */
function reply(request: ReadRequest, value: unknown): void {
  const { id } = request;
  const bytes =
    isJsonRead(request.method) && typeof value === 'string'
      ? utf8.encode(value)
      : value instanceof Uint8Array
        ? value
        : null;
  if (!bytes) {
    parentPort!.postMessage({ id, ok: true, value } satisfies ReadReply);
    return;
  }
  const ownsMemory = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  parentPort!.postMessage(
    { id, ok: true, value: bytes } satisfies ReadReply,
    ownsMemory ? [bytes.buffer as ArrayBuffer] : [],
  );
}

parentPort!.on('message', (request: ReadRequest) => {
  const read = reader(request.method);
  read(...request.args).then(
    (value) => reply(request, value),
    (error: Error & { code?: string }) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        error: { name: error.name, message: error.message, code: error.code },
      } satisfies ReadReply),
  );
});
