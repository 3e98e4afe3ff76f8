import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { FTS_BY_DAY } from '../store/sqlite/fts-by-day.js';
import { storeSyntheticPages } from '../store/test-support/sqlite-fixtures.js';
import { growStore } from './grow-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-grow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each indexed term's document and occurrence counts in an FTS table, by term. */
function termCounts(path: string, table: string): Map<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    db.exec(`CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, ${table}, 'row')`);
    const rows = db.prepare('SELECT term, doc, cnt FROM temp.terms').all() as Array<{
      term: string;
      doc: number;
      cnt: number;
    }>;
    return new Map(rows.map((row) => [row.term, `${row.doc}/${row.cnt}`]));
  } finally {
    db.close();
  }
}

describe('growStore', () => {
  it('names copies with an integer copy number and indexes their text as the writer did', async () => {
    const seed = join(dir, 'seed.db');
    await storeSyntheticPages(seed, { pages: 12, seed: 5, duplicateRate: 0 });
    const seedArticles = (() => {
      const db = new Database(seed, { readonly: true });
      const ids = (db.prepare('SELECT id FROM articles ORDER BY seq').all() as Array<{ id: string }>).map(
        (row) => row.id,
      );
      db.close();
      return ids;
    })();
    expect(seedArticles.length).toBeGreaterThan(5);

    const twice = join(dir, 'twice.db');
    growStore({ from: seed, to: twice, articles: seedArticles.length * 2 }, () => {});
    const db = new Database(twice, { readonly: true });
    const ids = (db.prepare('SELECT id FROM articles ORDER BY seq').all() as Array<{ id: string }>).map(
      (row) => row.id,
    );
    db.close();
    expect(ids).toEqual([...seedArticles, ...seedArticles.map((id) => `${id}~1`)]);

    // A copy's text indexed as the seed's (`searchBody`): every term counted exactly twice.
    for (const table of ['articles_fts', FTS_BY_DAY]) {
      const before = termCounts(seed, table);
      const doubled = new Map(
        [...before].map(([term, counts]) => [
          term,
          counts
            .split('/')
            .map((n) => String(Number(n) * 2))
            .join('/'),
        ]),
      );
      expect(before.size).toBeGreaterThan(50);
      expect(termCounts(twice, table)).toEqual(doubled);
    }
  });
});
