import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './test-server.js';

describe('GET /api/events: compact event rows, one filter vocabulary', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(async () => server?.close());

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('lists events as compact rows with named sides, newest stored first, by pages', async () => {
    const first = (await get('/api/events?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.next).toBe(2);
    const row = first.items[0];
    expect(row).not.toHaveProperty('record');
    expect(Object.keys(row)).toEqual(
      expect.arrayContaining([
        'articleId',
        'eventId',
        'event',
        'actor',
        'recipient',
        'confidence',
        'evidence',
      ]),
    );
    expect(row.actor[0]).toHaveProperty('code');
    const second = (await get('/api/events?limit=2&cursor=2')).json();
    expect(second.items[0]).not.toEqual(first.items[0]);
  });

  it('keeps only events at least as confident as asked, with both sides known by default', async () => {
    const all = (await get('/api/events?limit=500')).json().items as Array<{
      confidence: number;
      actor: Array<{ code: string }>;
      recipient: Array<{ code: string }>;
    }>;
    // Both sides known: two different countries (a reciprocal event lists both on each side).
    expect(all.every((e) => new Set([...e.actor, ...e.recipient].map((a) => a.code)).size >= 2)).toBe(true);
    const threshold = [...new Set(all.map((e) => e.confidence))].sort()[1] ?? 1;
    const confident = (await get(`/api/events?limit=500&confidence=${threshold}`)).json().items as Array<{
      confidence: number;
    }>;
    expect(confident.length).toBeGreaterThan(0);
    expect(confident.length).toBeLessThan(all.length);
    expect(confident.every((e) => e.confidence >= threshold)).toBe(true);
    const partial = (await get('/api/events?limit=500&partial=true')).json().items;
    expect(partial.length).toBeGreaterThanOrEqual(all.length);
  });

  it('names an unknown country code and an impossible date', async () => {
    const country = await get('/api/events?country=VNM,XYZ');
    expect(country.statusCode).toBe(400);
    expect(country.json().detail).toMatch(/unknown country code XYZ/);
    const date = await get('/api/articles?from=2021-02-30');
    expect(date.statusCode).toBe(400);
    expect(date.json().detail).toMatch(/from: 2021-02-30 is not a date/);
    const dyad = await get('/api/dyads/VNM/XYZ');
    expect(dyad.statusCode).toBe(400);
    expect(dyad.json().detail).toMatch(/unknown country code XYZ/);
  });

  it('lists stored per-document errors with their input, by pages', async () => {
    await server.store.recordError({
      uri: 'file:broken.html',
      code: 'UNSUPPORTED',
      message: 'binary file',
      pageSha256: null,
    });
    const errors = (await get('/api/errors?code=UNSUPPORTED&limit=1')).json();
    expect(errors.items[0]).toMatchObject({ uri: 'file:broken.html', code: 'UNSUPPORTED' });
    expect((await get('/api/errors?code=bad code')).statusCode).toBe(400);
  });
});
