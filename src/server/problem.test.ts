import { describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { buildServer } from './app.js';

describe('problem responses', () => {
  it('answers 503 with Retry-After when the database stays locked by another writer', async () => {
    const store = SqliteArticleStore.open(':memory:');
    const app = await buildServer({
      store,
      version: 'test',
      apiToken: null,
      webRoot: null,
      ingest: async () => {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { content: 'Titre\n\nTexte.' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ type: '/problems/busy' });
    await app.close();
    await store.close();
  });

  it('refuses a body field of another type instead of coercing it, and an absurd cursor', async () => {
    const store = SqliteArticleStore.open(':memory:');
    const stored: string[] = [];
    const app = await buildServer({
      store,
      version: 'test',
      apiToken: null,
      webRoot: null,
      ingest: async (request) => {
        stored.push(String(request.content));
        return { stored: true, articles: [], events: 0, errors: [] };
      },
    });
    for (const content of [12345, true, ['a'], { a: 1 }]) {
      const response = await app.inject({ method: 'POST', url: '/api/ingest', payload: { content } });
      expect(response.statusCode, JSON.stringify(content)).toBe(400);
    }
    expect(stored).toEqual([]);
    for (const cursor of ['1e300', String(2 ** 63), '-1', 'x'])
      expect(
        (await app.inject({ method: 'GET', url: `/api/articles?cursor=${cursor}` })).statusCode,
        cursor,
      ).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/articles?cursor=0&limit=5' })).statusCode).toBe(200);
    await app.close();
    await store.close();
  });
});
