import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../article-store.js';
import { describeDatabaseError } from './open-database.js';

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
