import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import type { MigrationProgress } from './migrations/migration.js';

describe('migrate', () => {
  it('applies every migration once, in order, and records it', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const extra = { version: 99, name: 'extra', sql: 'CREATE TABLE extra (x INTEGER)' };
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([99]);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual([...MIGRATIONS.map((m) => ({ version: m.version })), { version: 99 }]);
    db.close();
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = { version: 50, name: 'broken', sql: 'CREATE TABLE half (x INTEGER); NOT SQL' };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('backfills in batches of articles with progress, and resumes an interrupted backfill', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.exec(`INSERT INTO pages VALUES ('p', 'file:p', 'test', 'text', 1, 1);
      WITH RECURSIVE n(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM n WHERE seq < 12000)
      INSERT INTO articles (seq, id, page_sha256, kind, position, uri, record)
      SELECT seq, 'a' || seq, 'p', 'article', 0, 'file:p', '{}' FROM n`);
    const backfilled = {
      version: 99,
      name: 'seen',
      sql: 'CREATE TABLE seen (seq INTEGER PRIMARY KEY)',
      backfill: 'INSERT INTO seen SELECT seq FROM articles WHERE seq BETWEEN @first AND @last',
    };
    // Fails on its second batch: the first stays done.
    const failing = {
      ...backfilled,
      backfill:
        "INSERT INTO seen SELECT CASE WHEN seq > 5000 THEN NULL + json('x') ELSE seq END FROM articles WHERE seq BETWEEN @first AND @last",
    };
    const progress: MigrationProgress[] = [];
    expect(() => migrate(db, [...MIGRATIONS, failing], (p) => progress.push(p))).toThrow();
    expect(progress.map((p) => p.done)).toEqual([5000]);
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 99').get()).toBeUndefined();

    progress.length = 0;
    expect(migrate(db, [...MIGRATIONS, backfilled], (p) => progress.push(p))).toEqual([99]);
    expect(progress).toEqual([
      { version: 99, name: 'seen', done: 10000, total: 12000 },
      { version: 99, name: 'seen', done: 12000, total: 12000 },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM seen').get()).toEqual({ n: 12000 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_backfills').get()).toEqual({ n: 0 });
    db.close();
  });
});
