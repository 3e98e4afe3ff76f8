import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { pageFromSpec } from '../store/test-support/record-fixtures.js';
import { buildServer } from './app.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-read-only-'));
const dbPath = join(dir, 'test.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const visit = (day: number) =>
  pageFromSpec({
    uri: `file:visit-${day}.txt`,
    title: `Visite officielle du ${day} juin`,
    body: `HANOÏ, ${day} juin (VNA) - Le Premier ministre russe a effectué une visite officielle au Vietnam.`,
    published: `2021-06-${String(day).padStart(2, '0')}`,
    events: [{ type: 'CONSULT', actor: 'RUS', recipient: 'VNM', mode: ['visit'], cue: 'visite officielle' }],
  });

describe('serve --read-only', () => {
  it('opens SQLite read-only and lists watchlists and their unread events without writing', async () => {
    const writer = SqliteArticleStore.open(dbPath);
    await writer.storePage(visit(10));
    const watchlist = await writer.createWatchlist({
      name: 'RUS–VNM',
      filter: { countries: ['RUS', 'VNM'] },
    });
    await writer.storePage(visit(11));
    // What an ingest does after storing: record the new matches as unread.
    await writer.refreshWatchlist(watchlist.id);
    await writer.storePage(visit(12));
    await writer.close();

    const count = () => {
      const db = new Database(dbPath, { readonly: true });
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM watchlist_events').get() as { n: number };
      db.close();
      return n;
    };
    const before = count();
    const store = SqliteArticleStore.open(dbPath, { readonly: true });
    const app = await buildServer({ store, version: 'test', readOnly: true, apiToken: null, webRoot: null });
    try {
      const list = await app.inject({ method: 'GET', url: '/api/watchlists' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0]).toMatchObject({ name: 'RUS–VNM', unread: 1 });
      const events = await app.inject({ method: 'GET', url: `/api/watchlists/${watchlist.id}/events` });
      expect(events.statusCode).toBe(200);
      expect(events.json().items.filter((e: { read: boolean }) => !e.read)).toHaveLength(1);
      const feed = await app.inject({ method: 'GET', url: `/watchlists/${watchlist.id}/feed.atom` });
      expect(feed.statusCode).toBe(200);
      const write = await app.inject({
        method: 'POST',
        url: `/api/watchlists/${watchlist.id}/read`,
        payload: {},
      });
      expect(write.statusCode).toBe(403);
      expect(count()).toBe(before);
      // The connection itself cannot write.
      await expect(store.markWatchlistRead(watchlist.id)).rejects.toThrow(/read-only/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
