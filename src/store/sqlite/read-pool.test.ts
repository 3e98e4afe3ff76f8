import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PooledReadStore } from '../pooled-read-store.js';
import { articlePage, eventReads, jsonReads } from '../result-pages.js';
import { pageFromSpec } from '../test-support/record-fixtures.js';
import { describeArticleStore } from '../test-support/article-store.contract.js';
import { SqliteReadPool } from './read-pool.js';
import { SqliteArticleStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-read-pool-'));
let counter = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeArticleStore('sqlite with a read pool', async () => {
  const path = join(dir, `store-${counter++}.db`);
  const store = SqliteArticleStore.open(path);
  return new PooledReadStore(store, await SqliteReadPool.open(path, 1));
});

describe('SqliteReadPool', () => {
  it('answers reads on several readers and reports store failures as the store does', async () => {
    const path = join(dir, 'pool.db');
    const store = SqliteArticleStore.open(path);
    const pool = await SqliteReadPool.open(path, 2);
    const reads = await Promise.all([pool.read('errorCounts'), pool.read('searchArticles', { text: 'x' })]);
    expect(reads).toEqual([[], []]);
    await pool.close();
    await expect(pool.read('errorCounts')).rejects.toThrow(/closed/);
    await store.close();
  });

  it('answers event pages and counts on its readers as the store computes them', async () => {
    const path = join(dir, 'events.db');
    const store = SqliteArticleStore.open(path);
    for (const [i, type] of (['SUPPORT', 'CONSULT', 'AID'] as const).entries()) {
      await store.storePage(
        pageFromSpec({
          uri: `file:e${i}.txt`,
          title: `Dépêche ${i}`,
          body: `Texte ${i}.`,
          published: `2024-0${i + 1}-10`,
          events: [{ type, actor: 'RUS', recipient: 'VNM' }],
        }),
      );
    }
    const pooled = new PooledReadStore(store, await SqliteReadPool.open(path, 2));
    const direct = eventReads(store);
    expect(eventReads(pooled)).toBe(pooled);
    const filter = { countries: ['VNM', 'RUS'] };
    const page = await pooled.eventPage(filter, 1, 1);
    expect(page).toEqual(await direct.eventPage(filter, 1, 1));
    expect(page.items).toHaveLength(1);
    const counts = await pooled.eventCounts(filter, 'type');
    expect(counts).toEqual(await direct.eventCounts(filter, 'type'));
    expect(counts.map((row) => row.key)).toEqual(['AID', 'CONSULT', 'SUPPORT']);
    await pooled.close();
  });

  it("answers article pages and dossiers as the JSON text of the store's own results", async () => {
    const path = join(dir, 'json.db');
    const store = SqliteArticleStore.open(path);
    for (const [i, type] of (['SUPPORT', 'CONSULT', 'AID'] as const).entries()) {
      await store.storePage(
        pageFromSpec({
          uri: `file:j${i}.txt`,
          title: `Coopération ${i}`,
          body: `La coopération « ${i} » continue.`,
          published: `2024-0${i + 1}-10`,
          events: [{ type, actor: 'RUS', recipient: 'VNM' }],
        }),
      );
    }
    const pooled = new PooledReadStore(store, await SqliteReadPool.open(path, 2));
    expect(jsonReads(pooled)).toBe(pooled);
    const filter = { text: 'coopération' };
    // Readers send the text as UTF-8 bytes, which the server writes to the socket as they are.
    const pageBytes = await pooled.articlePageJson(filter, 1, 1);
    expect(Buffer.isBuffer(pageBytes)).toBe(true);
    const page = pageBytes.toString();
    expect(page).toBe(JSON.stringify(await articlePage(store, filter, 1, 1)));
    expect(page).toBe(await jsonReads(store).articlePageJson(filter, 1, 1));
    expect(JSON.parse(page).items).toHaveLength(1);
    const dossier = (await pooled.dyadDossierJson('VNM', 'RUS', 20)).toString();
    expect(dossier).toBe(JSON.stringify(await store.dyadDossier('VNM', 'RUS', 20)));
    expect(JSON.parse(dossier).totals.events).toBe(3);
    await pooled.close();
  });

  it('fails to open on a file that is not an Entente database, naming it', async () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'plain text, not SQLite');
    await expect(SqliteReadPool.open(path, 1)).rejects.toThrow(/not-a-db\.db/);
  });
});
