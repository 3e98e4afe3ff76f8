import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

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
});
