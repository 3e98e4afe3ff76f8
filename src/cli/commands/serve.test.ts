import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../../store/sqlite/sqlite-store.js';
import { pageFromSpec } from '../../store/test-support/record-fixtures.js';
import { serve } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serve', () => {
  it('generates the API token on first start, stores it beside the database (0600) and reuses it', async () => {
    const db = join(dir, 'auth.db');
    const first = await serve({ db, host: '127.0.0.1', port: 0 });
    await first.close();
    expect(first.access).toMatch(/generated and stored .*auth\.db\.api-token/);
    const token = /: (\S+)\n/.exec(first.access)?.[1];
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(statSync(`${db}.api-token`).mode & 0o777).toBe(0o600);
    const second = await serve({ db, host: '127.0.0.1', port: 0 });
    expect(second.access).toContain(`: ${token}\n`);
    const response = await fetch(`${second.address}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'Titre\n\nTexte.' }),
    });
    expect(response.status).toBe(401);
    await second.close();
  });

  it('allows --no-auth on loopback only, and wants --base-url off loopback', async () => {
    const db = join(dir, 'hosts.db');
    await expect(
      serve({ db, host: '0.0.0.0', port: 0, auth: false, baseUrl: 'http://x.test' }),
    ).rejects.toThrow(/--no-auth is only for loopback/);
    await expect(serve({ db, host: '0.0.0.0', port: 0 })).rejects.toThrow(/give --base-url/);
    await expect(serve({ db, host: '0.0.0.0', port: 0, baseUrl: 'javascript:x' })).rejects.toThrow(
      /must be http or https/,
    );
    const open = await serve({ db, host: '127.0.0.1', port: 0, auth: false });
    expect(open.access).toMatch(/no token/);
    await open.close();
  });

  it('opens the database read-only at the SQLite level with --read-only', async () => {
    const db = join(dir, 'read-only.db');
    const writer = SqliteArticleStore.open(db);
    await writer.createWatchlist({ name: 'all', filter: {} });
    // Stored after the watchlist and not yet recorded as unread: a writable server would insert rows.
    await writer.storePage(
      pageFromSpec({
        uri: 'file:visit.txt',
        title: 'Visite officielle',
        body: 'HANOÏ, 10 juin (VNA) - Le Premier ministre russe a effectué une visite officielle au Vietnam.',
        published: '2021-06-10',
        events: [{ type: 'CONSULT', actor: 'RUS', recipient: 'VNM', cue: 'visite officielle' }],
      }),
    );
    await writer.close();
    const rows = () => {
      const db2 = new Database(db, { readonly: true });
      const { n } = db2.prepare('SELECT COUNT(*) AS n FROM watchlist_events').get() as { n: number };
      db2.close();
      return n;
    };
    const before = rows();
    const server = await serve({ db, host: '127.0.0.1', port: 0, readOnly: true });
    expect(server.access).toMatch(/read-only/);
    for (const path of ['/api/watchlists', '/api/watchlists/1/events', '/watchlists/1/feed.atom'])
      expect((await fetch(`${server.address}${path}`)).status, path).toBe(200);
    const list = (await (await fetch(`${server.address}/api/watchlists`)).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    const write = await fetch(`${server.address}/api/watchlists/1/read`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(403);
    expect(rows()).toBe(before);
    await server.close();
  });

  it('takes the per-client rate limit from --rate-limit', async () => {
    const server = await serve({ db: join(dir, 'rate.db'), host: '127.0.0.1', port: 0, rateLimit: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.address}/api/version`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    await server.close();
  });
});
