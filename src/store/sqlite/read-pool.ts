import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startScriptWorker } from '../../pipeline/worker-script.js';
import { StoreUnavailableError, type ArticleStore } from '../article-store.js';
import type { EventReads, JsonReads } from '../result-pages.js';

/** Store reads answered by the pool: each takes plain arguments and resolves to plain data. */
export const POOLED_READS = [
  'searchArticles',
  'article',
  'findEntities',
  'entity',
  'roleTimeline',
  'commitments',
  'dyadDossier',
  'stats',
  'errorCounts',
] as const satisfies ReadonlyArray<keyof ArticleStore>;
/** Reads the pool computes from the store's rows on a reader (result-pages.ts). */
export const POOLED_EVENT_READS = ['eventPage', 'eventCounts'] as const satisfies ReadonlyArray<
  keyof EventReads
>;
/** Reads the pool answers as the JSON text the API sends, serialised on a reader (result-pages.ts). */
export const POOLED_JSON_READS = ['articlePageJson', 'dyadDossierJson'] as const satisfies ReadonlyArray<
  keyof JsonReads
>;
/** Whether a pooled read answers JSON text. */
export function isJsonRead(method: PooledRead): method is (typeof POOLED_JSON_READS)[number] {
  return (POOLED_JSON_READS as readonly string[]).includes(method);
}

export type PooledRead =
  (typeof POOLED_READS)[number] | (typeof POOLED_EVENT_READS)[number] | (typeof POOLED_JSON_READS)[number];

/** The arguments and result of a pooled read. */
type ReadMethod<M extends PooledRead> = M extends keyof EventReads
  ? EventReads[M]
  : M extends keyof JsonReads
    ? JsonReads[M]
    : ArticleStore[M & keyof ArticleStore];

export interface ReadRequest {
  id: number;
  method: PooledRead;
  args: unknown[];
}

export type ReadReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; code: string | undefined } };

/** Readers to start by default: one per core, at least two (a slow query then leaves one free). */
export function defaultReaderCount(): number {
  return Math.max(2, Math.min(8, availableParallelism()));
}

interface Reader {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

/** Text a reader sent as UTF-8 bytes, as a Buffer over them (no copy): what the server sends as is. */
function asBuffer(value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
}

/** The error a reader reported, as the class the caller would have seen in-process. */
function errorFromReply(error: Extract<ReadReply, { ok: false }>['error']): Error {
  if (error.name === 'StoreUnavailableError')
    return new StoreUnavailableError(error.message, error.code ?? '');
  const copy = new Error(error.message);
  copy.name = error.name;
  return copy;
}

/**
 * Worker threads, each with its own read-only connection to one SQLite file: a request goes to
 * the reader with the fewest in flight, so one slow query no longer queues the others. Writes
 * stay with the caller's single writable connection (WAL: readers see each commit once made).
 */
export class SqliteReadPool {
  private nextId = 0;
  private closed = false;

  private constructor(private readonly readers: Reader[]) {}

  /** Start `size` readers on the database at `path` (a file: `:memory:` cannot be shared). */
  static async open(path: string, size: number): Promise<SqliteReadPool> {
    const readers = Array.from({ length: Math.max(1, size) }, (): Reader => {
      const worker = startScriptWorker(import.meta.url, 'read-pool-worker', { workerData: { path } });
      const reader: Reader = { worker, pending: new Map() };
      worker.on('message', (reply: ReadReply) => {
        const waiting = reader.pending.get(reply.id);
        if (!waiting) return;
        reader.pending.delete(reply.id);
        if (reply.ok) waiting.resolve(asBuffer(reply.value));
        else waiting.reject(errorFromReply(reply.error));
      });
      worker.on('error', (error) => {
        for (const waiting of reader.pending.values()) waiting.reject(error);
        reader.pending.clear();
      });
      return reader;
    });
    const pool = new SqliteReadPool(readers);
    // Each reader opens its connection first: a bad path fails here, not on the first request.
    await Promise.all(readers.map((reader) => pool.send(reader, 'errorCounts', [])));
    return pool;
  }

  /** Run a store read on the least busy reader. */
  read<M extends PooledRead>(method: M, ...args: Parameters<ReadMethod<M>>): ReturnType<ReadMethod<M>> {
    if (this.closed) return Promise.reject(new Error('the read pool is closed')) as ReturnType<ReadMethod<M>>;
    const reader = this.readers.reduce((best, r) => (r.pending.size < best.pending.size ? r : best));
    return this.send(reader, method, args) as ReturnType<ReadMethod<M>>;
  }

  private send(reader: Reader, method: PooledRead, args: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      reader.worker.postMessage({ id, method, args } satisfies ReadRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.readers.map((reader) => reader.worker.terminate()));
  }
}
