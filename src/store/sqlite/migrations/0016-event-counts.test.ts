import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storeSyntheticPages } from '../../test-support/sqlite-fixtures.js';
import { PAGE_HITS_SQL } from '../article-search.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-migration-16-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 16: event counts', () => {
  it("counts a page's hits' events from the index alone, as many as the event rows say", async () => {
    const path = join(dir, 'store.db');
    await storeSyntheticPages(path, { pages: 30, seed: 16, duplicateRate: 0.3 });
    const db = new Database(path, { readonly: true });
    try {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${PAGE_HITS_SQL}`).all('[1]') as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join('\n');
      expect(plan).toContain('COVERING INDEX events_article_counted');
      const seqs = db.prepare('SELECT seq FROM articles ORDER BY seq').pluck().all() as number[];
      const counted = db
        .prepare(
          `SELECT a.seq, COUNT(e.article_id) AS n FROM articles a
             LEFT JOIN events e NOT INDEXED ON e.article_id = a.id AND e.counted = 1 GROUP BY a.seq ORDER BY a.seq`,
        )
        .all() as Array<{ seq: number; n: number }>;
      const hits = db.prepare(PAGE_HITS_SQL).all(JSON.stringify(seqs)) as Array<{ events: number }>;
      expect(hits.map((hit) => hit.events)).toEqual(counted.map((row) => row.n));
      expect(counted.some((row) => row.n > 0)).toBe(true);
    } finally {
      db.close();
    }
  });
});
