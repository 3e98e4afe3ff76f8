import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestServer } from './test-server.js';
import { seedsAvailable } from '../test-support/seeds.js';
import { articlePage } from '../store/result-pages.js';

describe('HTTP API over a real SQLite store', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(async () => server?.close());

  const get = (url: string) => server.app.inject({ method: 'GET', url });

  it('reports health and serves OpenAPI 3 with every route', async () => {
    const health = await get('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json().totals.articles).toBeGreaterThan(20);
    const openapi = (await get('/openapi.json')).json();
    expect(openapi.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/events',
      '/api/dyads/{a}/{b}',
      '/api/entities',
      '/api/commitments',
      '/api/ingest',
      '/api/export',
    ]) {
      expect(Object.keys(openapi.paths)).toContain(path);
    }
  });

  it.skipIf(!seedsAvailable)('finds the Lavrov phone call and returns the record with evidence', async () => {
    const search = (await get('/api/articles?q=Lavrov')).json();
    const hit = search.items.find(
      (h: { title: string }) => h.title === 'Renforcement de la coopération avec la Russie',
    );
    expect(hit).toBeDefined();
    const record = (await get(`/api/articles/${hit.id}`)).json();
    const call = record.events.find(
      (e: { event: string; mode: string[] }) => e.event === 'CONSULT' && e.mode.includes('phone'),
    );
    expect(call.date.value).toBe('XXXX-05-29');
    expect(record.text.slice(call.cue.start, call.cue.end)).toMatch(/conversation téléphonique/);
    const teasers = (await get(`/api/articles/${hit.id}/teasers`)).json();
    expect(teasers.items).toHaveLength(6);
  });

  it('builds the VNM–RUS dossier and lists commitments', async () => {
    const response = await get('/api/dyads/VNM/RUS');
    // Sent as the JSON text the store gave, as Fastify would have serialised the object.
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toBe(JSON.stringify(await server.store.dyadDossier('VNM', 'RUS', 20)));
    const page = await get('/api/articles?q=coop%C3%A9ration&limit=3');
    expect(page.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(page.body).toBe(
      JSON.stringify(await articlePage(server.store, { text: 'coopération', mainOnly: true }, 0, 3)),
    );
    const dossier = response.json();
    expect(dossier.totals.events).toBeGreaterThan(0);
    expect(dossier.byMonth.length + dossier.latest.length).toBeGreaterThan(0);
    const commitments = (await get('/api/commitments?status=open')).json();
    expect(commitments.items.length).toBeGreaterThan(0);
  });

  it('exports the current filter', async () => {
    const csv = await get('/api/export?format=csv&country=VNM,RUS');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n').length).toBeGreaterThan(2);
  });

  it('answers hostile input with clean 4xx problem details and changes nothing', async () => {
    const before = (await get('/api/health')).json().totals;
    const fts = await get(`/api/articles?q=${encodeURIComponent('"; DROP TABLE articles; -- NEAR( * OR')}`);
    expect(fts.statusCode).toBe(200);
    const bad = await get('/api/articles?quad=9');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json()).toMatchObject({ status: 400, type: '/problems/validation' });
    expect((await get('/api/articles/not-an-id')).statusCode).toBe(400);
    expect((await get('/api/articles/a_0000000000000000')).statusCode).toBe(404);
    expect((await get('/api/dyads/vnm/RUS')).statusCode).toBe(400);
    // Traversal attempts get the app shell or a 404, never a file from outside the web root.
    for (const path of [
      '/../../etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await get(path);
      expect([200, 400, 404]).toContain(response.statusCode);
      expect(response.body).not.toMatch(/root:x:|"name": "entente"/);
    }
    const malformed = await server.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { ...authHeaders, 'content-type': 'application/json' },
      payload: '{"content": ',
    });
    expect(malformed.statusCode).toBe(400);
    const huge = await server.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { ...authHeaders, 'content-type': 'application/json' },
      payload: JSON.stringify({ content: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    const extra = await server.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: authHeaders,
      payload: { content: 'x', sql: 'DROP' },
    });
    expect(extra.statusCode).toBe(400);
    expect((await get('/api/health')).json().totals).toEqual(before);
  });

  it('ingests a posted page, then finds it', async () => {
    const page =
      'Hanoï et Canberra signent un accord sur l’éducation\n\nLe Vietnam et l’Australie ont signé un accord.\n\nHanoï (VNA) - Le Vietnam et l’Australie ont signé lundi un accord de coopération dans l’éducation. -VNA\n';
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: authHeaders,
      payload: { content: page, name: 'form test' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.articles[0].title).toBe('Hanoï et Canberra signent un accord sur l’éducation');
    const found = (await get('/api/articles?q=Canberra')).json();
    expect(found.items.map((h: { id: string }) => h.id)).toContain(body.articles[0].id);
  });
});

describe('read-only mode', () => {
  it('refuses ingest with 403', async () => {
    const server = await startTestServer({ readOnly: true });
    try {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: authHeaders,
        payload: { content: 'Titre\n\nTexte.' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().type).toBe('/problems/read-only');
    } finally {
      await server.close();
    }
  }, 120_000);
});
