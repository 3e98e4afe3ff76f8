import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { buildServer } from './app.js';

describe('validation problems name the field, the value and what is accepted', () => {
  let store: SqliteArticleStore;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    store = SqliteArticleStore.open(':memory:');
    app = await buildServer({
      store,
      version: 'test',
      apiToken: null,
      webRoot: null,
      ingest: async () => ({ stored: false, articles: [], events: 0, errors: [] }),
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const problemOf = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    return response.json() as {
      detail: string;
      errors: Array<{ field: string; detail: string; accepted?: string }>;
    };
  };

  it('out-of-range numbers and unknown enum values list the accepted values', async () => {
    expect((await problemOf('/api/events?quad=7')).errors).toEqual([
      {
        field: 'quad',
        detail: 'quad: 7 is not accepted (use a whole number from 1 to 4)',
        accepted: 'a whole number from 1 to 4',
      },
    ]);
    const type = await problemOf('/api/articles?type=FOO');
    expect(type.errors[0]).toMatchObject({ field: 'type' });
    expect(type.detail).toMatch(/^type: "FOO" is not accepted \(use one of AGREE, CONSULT, .*ASSAULT\)$/);
    expect((await problemOf('/api/events?confidence=abc')).detail).toBe(
      'confidence: "abc" is not accepted (use a number from 0 to 1, such as 0.7)',
    );
    expect((await problemOf('/api/export?format=xml')).detail).toBe(
      'format: "xml" is not accepted (use one of jsonl, csv, plover, cameo-tsv)',
    );
    expect((await problemOf('/api/export')).detail).toBe(
      'format is required (use one of jsonl, csv, plover, cameo-tsv)',
    );
    expect((await problemOf('/api/export?format=csv&date-format=iso')).detail).toBe(
      'date-format: "iso" is not accepted (use one of edtf, yyyymmdd)',
    );
  });

  it('shapes use the parameter description; unknown parameters list the accepted ones', async () => {
    expect((await problemOf('/api/events?from=29/05/2021')).detail).toBe(
      'from: "29/05/2021" is not accepted (use a day as YYYY-MM-DD, such as 2021-05-29)',
    );
    expect((await problemOf('/api/events?country=vietnam')).errors[0]!.accepted).toMatch(/ISO alpha-3/);
    const unknown = await problemOf('/api/events?countries=VNM');
    expect(unknown.errors[0]).toMatchObject({ field: 'countries' });
    expect(unknown.detail).toMatch(
      /^countries is not a parameter of this request \(accepted: q, country, type/,
    );
  });

  it('unknown codes and impossible dates are field problems too', async () => {
    expect((await problemOf('/api/events?country=XXX')).errors).toEqual([
      { field: 'country', detail: 'country: unknown country code XXX (use ISO alpha-3, e.g. VNM, RUS, FRA)' },
    ]);
    expect((await problemOf('/api/events?from=2021-02-30')).errors[0]).toMatchObject({ field: 'from' });
  });

  it('exports take date-format, as the CLI does', async () => {
    const header = async (url: string) => (await app.inject({ method: 'GET', url })).body.split('\n')[0];
    expect(await header('/api/export?format=csv&date-format=yyyymmdd')).toMatch(
      /^article_id,event_id,date,year_known,/,
    );
    expect(await header('/api/export?format=csv')).toMatch(/^article_id,event_id,date,published,/);
    expect(await header('/api/export?format=cameo-tsv&date-format=yyyymmdd')).toMatch(/YearKnown/);
  });

  it('nested fields are named by their path (a watchlist filter)', async () => {
    const create = async (filter: Record<string, unknown>) =>
      (
        await app.inject({ method: 'POST', url: '/api/watchlists', payload: { name: 'veille', filter } })
      ).json() as { errors: Array<{ field: string; detail: string }> };
    expect((await create({ quad: 9 })).errors).toEqual([
      {
        field: 'filter.quad',
        detail: 'filter.quad: 9 is not accepted (use a whole number from 1 to 4)',
        accepted: 'a whole number from 1 to 4',
      },
    ]);
    expect((await create({ bogus: 'x' })).errors[0]!.detail).toMatch(
      /^filter\.bogus is not a parameter of this request \(accepted: q, country, /,
    );
    expect((await create({ country: 'XXX' })).errors[0]).toMatchObject({ field: 'filter.country' });
  });

  it('ingest bodies name the field', async () => {
    const post = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/api/ingest', payload: payload as object });
    const name = await post({ content: 'Titre\n\nTexte.', name: 'a<b>' });
    expect(name.statusCode).toBe(400);
    expect(name.json().errors[0]).toMatchObject({ field: 'name' });
    expect(name.json().detail).toMatch(/^name: "a<b>" is not accepted \(use letters, digits, spaces/);
    const published = await post({ content: 'Titre\n\nTexte.', published: '29 mai' });
    expect(published.json().errors[0]).toMatchObject({ field: 'published', accepted: 'YYYY-MM-DD' });
    const neither = await post({ name: 'x' });
    expect(neither.json().errors[0]).toMatchObject({ field: 'content' });
    expect(neither.json().detail).toMatch(/content.*url/);
    const typed = await post({ content: 12 });
    expect(typed.json().errors).toEqual([{ field: 'content', detail: 'content must be text, not number' }]);
  });
});
