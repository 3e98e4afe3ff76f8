import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../article-store.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { describeDatabaseError, openDatabase } from './open-database.js';

describe('describeDatabaseError', () => {
  it('turns a full disk into a clear store error', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('max_page_count = 3');
    let caught: unknown;
    try {
      for (let i = 0; i < 1000; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(1000));
    } catch (error) {
      caught = error;
    }
    const described = describeDatabaseError('news.db', caught);
    expect(described).toBeInstanceOf(StoreUnavailableError);
    expect(described?.message).toMatch(
      /^the database news\.db cannot grow: the disk is full \(SQLITE_FULL\)/,
    );
    db.close();
  });

  it('leaves other errors alone', () => {
    expect(describeDatabaseError('x.db', new Error('boom'))).toBeNull();
    expect(
      describeDatabaseError(
        'x.db',
        Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }),
      ),
    ).toBeNull();
  });
});

describe('openDatabase read-only', () => {
  const dirs: string[] = [];
  const tempDb = () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-open-'));
    dirs.push(dir);
    return join(dir, 'old.db');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a database that lacks migrations, naming them and the fix', () => {
    const path = tempDb();
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 2));
    old.close();
    let caught: unknown;
    try {
      openDatabase(path, { readonly: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreUnavailableError);
    expect((caught as StoreUnavailableError).code).toBe('SCHEMA_OUTDATED');
    const missing = MIGRATIONS.slice(2)
      .map((m) => `${m.version} (${m.name})`)
      .join(', ');
    expect((caught as Error).message).toContain(`lacks schema migration(s) ${missing}`);
    expect((caught as Error).message).toContain(`entente serve --db ${path}`);

    // Opening it for writing migrates it; then a read-only open works.
    openDatabase(path).close();
    const reader = openDatabase(path, { readonly: true });
    expect(reader.readonly).toBe(true);
    reader.close();
  });

  it('refuses an SQLite file without the Entente schema', () => {
    const path = tempDb();
    const other = new Database(path);
    other.exec('CREATE TABLE other (x INTEGER)');
    other.close();
    expect(() => openDatabase(path, { readonly: true })).toThrow(/no Entente schema yet/);
  });
});
