import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two writers on one SQLite file', () => {
  it('waits for the other writer to commit instead of failing with SQLITE_BUSY', async () => {
    const path = join(dir, 'shared.db');
    const store = SqliteArticleStore.open(path);
    // Another process (a CLI ingest) holds the write lock for 1.5 s.
    const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require(${JSON.stringify(betterSqlite)}))(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE'); console.log('locked');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const page = pageFromSpec({
      uri: 'file:visit.txt',
      title: 'Visite officielle',
      body: 'HANOÏ, 10 juin (VNA) - Le Premier ministre russe a effectué une visite officielle au Vietnam.',
      published: '2021-06-10',
      events: [{ type: 'CONSULT', actor: 'RUS', recipient: 'VNM', cue: 'visite officielle' }],
    });
    await expect(store.storePage(page)).resolves.toMatchObject({ stored: true });
    expect(await store.hasPage(page.sha256)).toBe(true);
    await store.close();
  });
});
