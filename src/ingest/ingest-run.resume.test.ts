import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticPages } from '../bench/synthetic-pages.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { runIngest } from './ingest-run.js';

const PAGES = 40;
const dir = mkdtempSync(join(tmpdir(), 'entente-resume-'));
const input = join(dir, 'pages');
const RUN_URL = new URL('./ingest-run.ts', import.meta.url).href;
const STORE_URL = new URL('../store/sqlite/sqlite-store.ts', import.meta.url).href;
const REPO = fileURLToPath(new URL('../../', import.meta.url));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OPTIONS = { include: [], exclude: [], workers: 0, maxBytes: 1 << 20, fetch: {}, progress: null };

/** A child process that ingests the folder into `db` (so it can be killed like a real run). */
function startChild(db: string) {
  const script = `
    const { runIngest } = await import(${JSON.stringify(RUN_URL)});
    const { SqliteArticleStore } = await import(${JSON.stringify(STORE_URL)});
    const store = SqliteArticleStore.open(${JSON.stringify(db)});
    await runIngest(store, [${JSON.stringify(input)}], ${JSON.stringify(OPTIONS)});
    await store.close();`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO,
    stdio: 'ignore',
  });
}

function storedPages(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

async function digestOf(db: string): Promise<{ digest: string; pages: number; articles: number }> {
  const store = SqliteArticleStore.open(db);
  const stats = await store.stats({});
  const result = {
    digest: await store.contentDigest(),
    pages: stats.totals.pages,
    articles: stats.totals.articles,
  };
  await store.close();
  return result;
}

describe('resumable ingest', () => {
  it('after SIGKILL mid-run and a restart, ends with the same database as an uninterrupted run', async () => {
    mkdirSync(input);
    let i = 0;
    for (const page of syntheticPages({ pages: PAGES, seed: 11, duplicateRate: 0.15 })) {
      writeFileSync(join(input, `p${String(i++).padStart(4, '0')}.html`), page.bytes);
    }
    const reference = join(dir, 'reference.db');
    const store = SqliteArticleStore.open(reference);
    await runIngest(store, [input], OPTIONS);
    await store.close();

    const resumed = join(dir, 'resumed.db');
    const child = startChild(resumed);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let seen = 0;
    while (seen < 8) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen = storedPages(resumed);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atKill = storedPages(resumed);
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(PAGES);

    const restart = startChild(resumed);
    expect(await new Promise((resolve) => restart.on('exit', (code) => resolve(code)))).toBe(0);
    const expected = await digestOf(reference);
    expect(await digestOf(resumed)).toEqual(expected);
    expect(expected.pages).toBe(PAGES);
  }, 180_000); // three ingest processes of 40 pages: slow on a shared 2-core machine
});
