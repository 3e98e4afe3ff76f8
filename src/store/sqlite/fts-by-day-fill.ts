import type Database from 'better-sqlite3';
import { dayKeySql, FTS_BY_DAY, pairTokensSql, registerSearchBody } from './fts-by-day.js';

/**
 * `store_meta` keys of migration 13's fill (`articles_fts_by_day` for the articles stored before it;
 * migration 14 sets them back for its index with pairs):
 * the next `seq` to index, the last one to index (the newest article when the migration ran; the
 * writer indexes later ones itself) and the flag searches read, 1 once every article is indexed.
 */
export const FILL_KEYS = {
  next: 'fts_by_day_next_seq',
  last: 'fts_by_day_last_seq',
  complete: 'fts_by_day_complete',
  /** 1 once the segments the fill's batches left are merged into one (migration 14; none: nothing to merge). */
  merged: 'fts_by_day_merged',
} as const;

/**
 * Index pages one merge step of the filled index writes, in its own transaction (~0.1 s): each
 * batch of the fill is a segment of its own, which a search seeks in one by one (words + pair at
 * 400k articles: 0.17 ms a search unmerged, 0.10 ms merged; words alone 0.16, 0.14 ms).
 */
export const MERGE_PAGES = 500;

/** Articles (by `seq`) indexed per transaction: ~0.1 s of CPU at 400k articles, so writes wait little. */
export const FILL_BATCH = 500;

/** How far the fill has gone, in articles stored before migration 13. */
export interface FillProgress {
  done: number;
  total: number;
  complete: boolean;
}

const INSERT = `INSERT INTO ${FTS_BY_DAY} (rowid, title, body, pairs)
SELECT ${dayKeySql('day', 'seq')}, COALESCE(title, ''),
  article_search_body(title, json_extract(record, '$.text'), json_extract(record, '$.paragraphs[1].start')),
  ${pairTokensSql('articles.id')}
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

/**
 * One step of merging the filled index's segments into one (FTS5's 'merge' with a negative page
 * count: segments of any level, so the steps end in what 'optimize' gives, without holding the
 * write lock for seconds), in an immediate transaction; sets the merged flag when a step finds
 * nothing left to merge. True once merged.
 */
export function mergeFtsByDayStep(db: Database.Database, pages = MERGE_PAGES): boolean {
  const value = db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck();
  return db
    .transaction((): boolean => {
      if ((value.get(FILL_KEYS.merged) ?? 1) === 1) return true;
      const changes = db.prepare('SELECT total_changes()').pluck();
      const before = changes.get() as number;
      db.prepare(`INSERT INTO ${FTS_BY_DAY} (${FTS_BY_DAY}, rank) VALUES ('merge', ?)`).run(-pages);
      // FTS5 counts two changes or more when a merge step did some work.
      if ((changes.get() as number) - before >= 2) return false;
      db.prepare('UPDATE store_meta SET value = 1 WHERE key = ?').run(FILL_KEYS.merged);
      return true;
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
 * Index every article stored before migration 13 (14), batch after batch, then merge the index's
 * segments step by step, yielding to the event loop between transactions and waiting while the
 * writer's own transaction is open, so writes and the API go on meanwhile. Resolves true once
 * complete and merged (at once when it already was), false when stopped (the next call resumes).
 */
export async function fillFtsByDay(db: Database.Database, options: FillOptions = {}): Promise<boolean> {
  let complete = ftsByDayComplete((sql) => db.prepare(sql));
  for (;;) {
    if (options.stopped?.()) return false;
    if (db.inTransaction) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      continue;
    }
    if (complete) {
      if (mergeFtsByDayStep(db)) return true;
    } else {
      const progress = fillFtsByDayBatch(db, options.batch);
      options.onProgress?.(progress);
      complete = progress.complete;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
