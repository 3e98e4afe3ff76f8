import type Database from 'better-sqlite3';
import { dayKeySql, FTS_BY_DAY, registerSearchBody } from './fts-by-day.js';

/**
 * `store_meta` keys of migration 13's fill (`articles_fts_by_day` for the articles stored before it):
 * the next `seq` to index, the last one to index (the newest article when the migration ran; the
 * writer indexes later ones itself) and the flag searches read, 1 once every article is indexed.
 */
export const FILL_KEYS = {
  next: 'fts_by_day_next_seq',
  last: 'fts_by_day_last_seq',
  complete: 'fts_by_day_complete',
} as const;

/** Articles (by `seq`) indexed per transaction: ~0.1 s of CPU at 400k articles, so writes wait little. */
export const FILL_BATCH = 500;

/** How far the fill has gone, in articles stored before migration 13. */
export interface FillProgress {
  done: number;
  total: number;
  complete: boolean;
}

const INSERT = `INSERT INTO ${FTS_BY_DAY} (rowid, title, body)
SELECT ${dayKeySql('day', 'seq')}, COALESCE(title, ''),
  article_search_body(title, json_extract(record, '$.text'), json_extract(record, '$.paragraphs[1].start'))
FROM articles WHERE seq BETWEEN ? AND ?`;

/** True once `articles_fts_by_day` holds every article (a search may read it instead of `articles_fts`). */
export function ftsByDayComplete(prepare: (sql: string) => Database.Statement): boolean {
  const row = prepare('SELECT value FROM store_meta WHERE key = ?').get(FILL_KEYS.complete) as
    { value: number } | undefined;
  return row?.value === 1;
}

/**
 * Index the next batch of articles stored before migration 13, in one immediate transaction with
 * the high-water mark (a stopped fill resumes after its last committed batch); sets the complete
 * flag after the last. Returns how far it has gone.
 */
export function fillFtsByDayBatch(db: Database.Database, batch = FILL_BATCH): FillProgress {
  registerSearchBody(db);
  const value = db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck();
  const set = db.prepare('UPDATE store_meta SET value = ? WHERE key = ?');
  const first = db.prepare('SELECT MIN(seq) FROM articles').pluck();
  return db
    .transaction((): FillProgress => {
      const next = value.get(FILL_KEYS.next) as number;
      const last = value.get(FILL_KEYS.last) as number;
      const start = (first.get() as number | null) ?? next;
      const total = Math.max(0, last - start + 1);
      if (value.get(FILL_KEYS.complete) === 1) return { done: total, total, complete: true };
      const end = Math.min(last, next + batch - 1);
      if (next <= end) db.prepare(INSERT).run(next, end);
      set.run(end + 1, FILL_KEYS.next);
      const complete = end >= last;
      if (complete) set.run(1, FILL_KEYS.complete);
      return { done: Math.min(total, end - start + 1), total, complete };
    })
    .immediate();
}

export interface FillOptions {
  batch?: number;
  onProgress?: (progress: FillProgress) => void;
  /** Checked before each batch: true stops the fill (the store is closing); it resumes at the next call. */
  stopped?: () => boolean;
}

/**
 * Index every article stored before migration 13, batch after batch, yielding to the event loop
 * between batches and waiting while the writer's own transaction is open, so writes and the API go
 * on meanwhile. Resolves true once complete (at once when it already was), false when stopped.
 */
export async function fillFtsByDay(db: Database.Database, options: FillOptions = {}): Promise<boolean> {
  if (ftsByDayComplete((sql) => db.prepare(sql))) return true;
  for (;;) {
    if (options.stopped?.()) return false;
    if (db.inTransaction) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      continue;
    }
    const progress = fillFtsByDayBatch(db, options.batch);
    options.onProgress?.(progress);
    if (progress.complete) return true;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
