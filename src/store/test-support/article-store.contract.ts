import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA, type ArticleRecord } from '../../records/article.js';
import type { ArticleStore, WatchlistEvent } from '../article-store.js';
import { pageFromSpec, PHONE_CALL_SPEC, type ArticleSpec } from './record-fixtures.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The behaviour every ArticleStore implementation must show; call it from each back end's test file. */
export function describeArticleStore(name: string, createStore: () => Promise<ArticleStore>): void {
  describe(`ArticleStore contract: ${name}`, () => {
    let store: ArticleStore;
    beforeEach(async () => {
      store = await createStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const call = PHONE_CALL_SPEC;

    it('stores a page once: a second store adds nothing and leaves the digest unchanged', async () => {
      const page = pageFromSpec(call);
      const first = await store.storePage(page);
      expect(first).toMatchObject({ stored: true, articles: 1, events: 1, duplicates: 0 });
      const digest = await store.contentDigest();
      expect(await store.hasPage(page.sha256)).toBe(true);
      expect(await store.storePage(page)).toMatchObject({ stored: false, articles: 0 });
      expect(await store.contentDigest()).toBe(digest);
      const stored = await store.article(page.records[0]!.id);
      expect(stored?.schema).toBe(ARTICLE_SCHEMA);
      expect(stored?.story).toMatch(/^s_/);
    });

    it('searches full text without regard to accents or case', async () => {
      await store.storePage(pageFromSpec(call));
      expect(await store.searchArticles({ text: 'hanoi' })).toHaveLength(1);
      expect(await store.searchArticles({ text: 'TELEPHONIQUE lavrov' })).toHaveLength(1);
      expect(await store.searchArticles({ text: 'sanctions' })).toHaveLength(0);
      expect(await store.searchArticles({ text: '"; DROP TABLE articles; --' })).toHaveLength(0);
    });

    it('lists word matches newest published first, then latest stored, whatever order they came in', async () => {
      const dispatch = (uri: string, published: string | null) =>
        pageFromSpec({
          uri,
          title: `Port de Haiphong (${uri})`,
          body: 'Les quais du port rouvrent.',
          published,
        });
      // An archive back-filled after recent news: stored order is not publication order.
      await store.storePage(dispatch('file:recent.txt', '2023-04-02'));
      await store.storePage(dispatch('file:undated.txt', null));
      await store.storePage(dispatch('file:old.txt', '2019-11-20'));
      await store.storePage(dispatch('file:same-day.txt', '2023-04-02'));
      const uris = async (filter: Parameters<ArticleStore['searchArticles']>[0]) =>
        (await store.searchArticles(filter)).map((hit) => hit.uri);
      const newest = ['file:same-day.txt', 'file:recent.txt', 'file:old.txt', 'file:undated.txt'];
      expect(await uris({ text: 'quais port' })).toEqual(newest);
      expect(await uris({ text: 'haiphong', language: 'fr' })).toEqual(newest);
      expect(await uris({ text: 'port', limit: 2 })).toEqual(newest.slice(0, 2));
    });

    it('resolves one person across spellings and builds a role timeline', async () => {
      await store.storePage(pageFromSpec(call));
      await store.storePage(
        pageFromSpec({
          uri: 'file:en.txt',
          title: 'Russia and Viet Nam discuss trade',
          body: 'Foreign Minister Sergey Lavrov met the Vietnamese ambassador in Moscow on trade and energy.',
          published: '2021-06-10',
          language: 'en',
          persons: [{ name: 'Sergey Lavrov', country: 'RUS', title: 'Foreign Minister' }],
        }),
      );
      await store.storePage(
        pageFromSpec({
          uri: 'file:short.txt',
          title: 'Lavrov à Hanoï',
          body: 'Lavrov est arrivé à Hanoï pour une visite officielle de deux jours.',
          published: '2022-07-05',
          persons: [{ name: 'Lavrov', country: 'RUS' }],
        }),
      );
      const found = await store.findEntities('Lavrov');
      expect(found).toHaveLength(1);
      const lavrov = found[0]!;
      expect(lavrov).toMatchObject({
        name: 'Sergueï Lavrov',
        country: 'RUS',
        firstSeen: '2021-05-29',
        lastSeen: '2022-07-05',
        articles: 3,
      });
      expect(lavrov.aliases).toEqual(['Lavrov', 'Sergey Lavrov', 'Sergueï Lavrov']);
      expect(await store.entity(lavrov.id)).toEqual(lavrov);
      expect(await store.entity(9999)).toBeNull();
      const timeline = await store.roleTimeline(lavrov.id);
      expect(timeline.map((spell) => [spell.title, spell.firstSeen, spell.articles.length])).toEqual([
        ['ministre russe des Affaires étrangères', '2021-05-29', 1],
        ['Foreign Minister', '2021-06-10', 1],
      ]);
      expect(await store.searchArticles({ person: 'Sergey Lavrov' })).toHaveLength(3);
    });

    it('marks near-duplicates, hides them by default and counts their events once', async () => {
      await store.storePage(pageFromSpec(call));
      const copy = await store.storePage(
        pageFromSpec({ ...call, uri: 'file:copy.txt', body: `${call.body} Source : VNA.` }),
      );
      expect(copy).toMatchObject({ stored: true, duplicates: 1, events: 0 });
      expect(await store.searchArticles({ text: 'Lavrov' })).toHaveLength(1);
      const all = await store.searchArticles({ text: 'Lavrov', includeDuplicates: true });
      expect(all).toHaveLength(2);
      expect(all.find((hit) => hit.duplicateOf)?.duplicateOf).toBe(all.find((hit) => !hit.duplicateOf)?.id);
      expect(new Set(all.map((hit) => hit.story)).size).toBe(1);
      const stats = await store.stats({});
      expect(stats.totals).toMatchObject({ articles: 2, duplicates: 1, events: 1 });
    });

    it('makes the dated original win over an undated reprint, and an earlier publication over a later one', async () => {
      const copy = (uri: string, published: string | null): ArticleSpec => ({
        ...call,
        uri,
        body: `${call.body} Source : VNA.`,
        published,
      });
      const id = (spec: ArticleSpec) => pageFromSpec(spec).records[0]!.id;
      const reprint = copy('file:reprint.txt', null);
      await store.storePage(pageFromSpec(reprint));
      // The dated page arrives second: it becomes the original, the reprint its copy.
      expect(await store.storePage(pageFromSpec(call))).toMatchObject({
        stored: true,
        duplicates: 1,
        events: 0,
      });
      expect((await store.searchArticles({ text: 'Lavrov' })).map((hit) => hit.id)).toEqual([id(call)]);
      expect(await store.duplicateGroup(id(reprint))).toMatchObject({
        original: { id: id(call), duplicateOf: null, published: '2021-05-29', events: 1 },
        copies: [{ id: id(reprint), duplicateOf: id(call), events: 0 }],
      });
      // Its events are counted once, dated: the dossier has the month, and no undated event.
      expect((await store.stats({})).totals).toMatchObject({ articles: 2, duplicates: 1, events: 1 });
      const dossier = await store.dyadDossier('VNM', 'RUS', 5);
      expect(dossier.totals.events).toBe(1);
      expect(dossier.byMonth.map((row) => row.month)).toEqual(['2021-05']);
      expect(dossier.latest.map((event) => event.articleId)).toEqual([id(call)]);

      // A later publication stays a copy; an earlier one takes the whole group over.
      const later = copy('file:later.txt', '2021-06-10');
      const earlier = copy('file:earlier.txt', '2021-05-28');
      await store.storePage(pageFromSpec(later));
      await store.storePage(pageFromSpec(earlier));
      const group = await store.duplicateGroup(id(call));
      expect(group?.original.id).toBe(id(earlier));
      expect(group?.copies.map((hit) => hit.id)).toEqual([id(reprint), id(call), id(later)]);
      expect((await store.duplicateGroup(id(earlier)))?.copies).toHaveLength(3);
      expect((await store.stats({})).totals).toMatchObject({ articles: 4, duplicates: 3, events: 1 });
      expect((await store.dyadDossier('VNM', 'RUS', 5)).byMonth.map((row) => row.month)).toEqual(['2021-05']);
      expect(
        new Set((await store.searchArticles({ text: 'Lavrov', includeDuplicates: true })).map((h) => h.story))
          .size,
      ).toBe(1);
      expect(await store.duplicateGroup('a_0000000000000000')).toBeNull();
      // Stats leave the copies out unless asked, as searches do.
      expect((await store.stats({})).matching).toEqual({ articles: 1, events: 1 });
      expect((await store.stats({ includeDuplicates: true })).matching).toEqual({ articles: 4, events: 4 });
      // Counts cover at most the newest matching articles, and say so.
      expect((await store.stats({})).coverage).toMatchObject({ complete: true, articleLimit: 10_000 });
      const newest = await store.stats({ includeDuplicates: true }, 2);
      expect(newest.matching).toEqual({ articles: 2, events: 2 });
      expect(newest.coverage).toEqual({
        complete: false,
        articleLimit: 2,
        description:
          'teasers included, events with an unknown side included, near-duplicate copies included; the newest 2 matching articles (more match)',
      });
      expect((await store.stats({ includeDuplicates: true }, 4)).coverage.complete).toBe(true);
    });

    it('groups articles about the same event into a story and keeps others apart', async () => {
      await store.storePage(pageFromSpec(call));
      await store.storePage(
        pageFromSpec({
          uri: 'file:other-angle.txt',
          title: 'Sergueï Lavrov salue les relations avec le Vietnam',
          body: 'Le chef de la diplomatie russe Sergueï Lavrov a salué au téléphone l’amitié traditionnelle avec Hanoï.',
          published: '2021-05-30',
          persons: [{ name: 'Sergueï Lavrov', country: 'RUS' }],
          events: [{ type: 'SUPPORT', actor: 'RUS', recipient: 'VNM' }],
        }),
      );
      await store.storePage(
        pageFromSpec({
          uri: 'file:later.txt',
          title: 'Nouvel entretien Vietnam-Russie',
          body: 'Les deux ministres se sont de nouveau entretenus, cette fois sur l’énergie nucléaire civile.',
          published: '2021-09-01',
          events: [{ type: 'CONSULT', actor: 'VNM', recipient: 'RUS' }],
        }),
      );
      const hits = await store.searchArticles({ countries: ['RUS', 'VNM'] });
      expect(hits).toHaveLength(3);
      const stories = new Map(hits.map((hit) => [hit.uri, hit.story]));
      expect(stories.get('file:call.txt')).toBe(stories.get('file:other-angle.txt'));
      expect(stories.get('file:later.txt')).not.toBe(stories.get('file:call.txt'));
      expect((await store.stats({})).totals.stories).toBe(1);
    });

    const request: ArticleSpec = {
      uri: 'file:request.txt',
      title: 'Le Vietnam demande des vaccins à la Russie',
      body: 'Le Vietnam a demandé à la Russie de livrer des vaccins Spoutnik V en juillet ou en août.',
      published: '2021-05-29',
      events: [
        {
          type: 'REQUEST',
          actor: 'VNM',
          recipient: 'RUS',
          sectors: ['vaccines'],
          commitment: {
            kind: 'request',
            by: 'VNM',
            to: 'RUS',
            what: 'vaccins Spoutnik V',
            due: { text: 'en juillet ou en août', value: '[2021-07,2021-08]' },
          },
        },
      ],
    };
    const delivery: ArticleSpec = {
      uri: 'file:delivery.txt',
      title: 'La Russie livre des vaccins au Vietnam',
      body: 'Un premier lot de vaccins Spoutnik V offert par la Russie est arrivé à Hanoï.',
      published: '2021-07-20',
      events: [{ type: 'AID', actor: 'RUS', recipient: 'VNM', sectors: ['vaccines', 'health'] }],
    };

    it('fulfils a commitment when a later matching event is stored, in either order', async () => {
      for (const order of [
        [request, delivery],
        [delivery, request],
      ]) {
        const fresh = await createStore();
        for (const spec of order) await fresh.storePage(pageFromSpec(spec));
        const [row] = await fresh.commitments();
        expect(row).toMatchObject({
          kind: 'request',
          status: 'fulfilled',
          statusRule: 'commitment.fulfilled.request-delivered',
          dueDay: '2021-08-31',
        });
        expect(row?.fulfilledBy).toMatchObject({
          articleId: pageFromSpec(delivery).records[0]!.id,
          title: 'La Russie livre des vaccins au Vietnam',
          event: 'AID',
          day: '2021-07-20',
        });
        await fresh.close();
      }
    });

    it('marks open commitments overdue against an explicit as-of day or the latest article day', async () => {
      await store.storePage(pageFromSpec(request));
      expect(await store.refreshCommitments()).toMatchObject({ asOf: '2021-05-29', open: 1, overdue: 0 });
      expect(await store.refreshCommitments('2021-09-01')).toMatchObject({ asOf: '2021-09-01', overdue: 1 });
      const [row] = await store.commitments('overdue');
      expect(row?.statusRule).toBe('commitment.overdue.due-passed');
      expect(await store.searchArticles({ commitmentStatus: 'overdue' })).toHaveLength(1);
      expect(await store.refreshCommitments('2021-08-01')).toMatchObject({ open: 1, overdue: 0 });
    });

    it('filters on event fields, dates and language, and counts by dyad, type and month', async () => {
      await store.storePage(pageFromSpec(call));
      await store.storePage(pageFromSpec(request));
      await store.storePage(pageFromSpec(delivery));
      expect(await store.searchArticles({ eventType: 'CONSULT', mode: 'phone' })).toHaveLength(1);
      expect(await store.searchArticles({ quad: 2 })).toHaveLength(1);
      expect(await store.searchArticles({ sector: 'vaccines' })).toHaveLength(2);
      expect(await store.searchArticles({ countries: ['RUS'], from: '2021-06-01' })).toHaveLength(1);
      expect(await store.searchArticles({ countries: ['USA', 'CHN'] })).toHaveLength(0);
      expect(await store.searchArticles({ language: 'en' })).toHaveLength(0);
      const stats = await store.stats({});
      expect(stats.byDyad).toEqual([{ key: 'RUS-VNM', count: 3 }]);
      expect(stats.byType.map((row) => row.key)).toEqual(['AID', 'CONSULT', 'REQUEST']);
      expect(stats.byMonth).toEqual([
        { key: '2021-05', count: 2 },
        { key: '2021-07', count: 1 },
      ]);
      const events = [];
      for await (const row of store.eventRows({ eventType: 'AID' })) events.push(row);
      expect(
        events.map((row) => [row.event.event, row.counted, row.evidenceText.slice(0, 9), row.record.id]),
      ).toEqual([['AID', true, 'Un premie', pageFromSpec(delivery).records[0]!.id]]);
      const records: ArticleRecord[] = [];
      for await (const record of store.articleRecords({ from: '2021-05-29', to: '2021-05-29' }))
        records.push(record);
      expect(records).toHaveLength(2);
      await store.refreshCommitments('2021-09-01');
      const requestRecord = (await collect(store.articleRecords({ eventType: 'REQUEST' })))[0];
      expect(requestRecord?.events[0]?.commitment?.status).toBe('fulfilled');
    });

    it('builds a country-pair dossier from the pair only: counts, months, persons, commitments, stories', async () => {
      const otherAngle: ArticleSpec = {
        uri: 'file:other-angle.txt',
        title: 'Sergueï Lavrov salue les relations avec le Vietnam',
        body: 'Le chef de la diplomatie russe Sergueï Lavrov a salué au téléphone l’amitié traditionnelle avec Hanoï.',
        published: '2021-05-30',
        persons: [{ name: 'Sergueï Lavrov', country: 'RUS' }],
        events: [{ type: 'SUPPORT', actor: 'RUS', recipient: 'VNM' }],
      };
      const otherPair: ArticleSpec = {
        uri: 'file:other-pair.txt',
        title: 'Washington promet une aide à Pékin',
        body: 'Les États-Unis ont promis une aide à la Chine ; le Vietnam a promis de soutenir la paix.',
        published: '2021-06-02',
        events: [
          {
            type: 'AID',
            actor: 'USA',
            recipient: 'CHN',
            commitment: { kind: 'promise', by: 'USA', to: 'CHN', what: 'une aide', due: null },
          },
          {
            type: 'SUPPORT',
            actor: 'VNM',
            recipient: 'USA',
            commitment: { kind: 'promise', by: 'VNM', to: null, what: 'la paix', due: null },
          },
        ],
      };
      for (const spec of [call, otherAngle, request, delivery, otherPair])
        await store.storePage(pageFromSpec(spec));
      const id = (spec: ArticleSpec) => pageFromSpec(spec).records[0]!.id;

      const dossier = await store.dyadDossier('VNM', 'RUS', 2);
      expect(dossier.countries).toEqual(['VNM', 'RUS']);
      // CONSULT, SUPPORT (quad 1) and AID (quad 2) cooperate; REQUEST is quad 3.
      expect(dossier.totals).toEqual({ events: 4, cooperation: 3, conflict: 1, balance: 0.5 });
      expect(dossier.byType).toEqual([
        { key: 'AID', count: 1 },
        { key: 'CONSULT', count: 1 },
        { key: 'REQUEST', count: 1 },
        { key: 'SUPPORT', count: 1 },
      ]);
      expect(dossier.byMonth).toEqual([
        { month: '2021-05', quad1: 2, quad2: 0, quad3: 1, quad4: 0 },
        { month: '2021-07', quad1: 0, quad2: 1, quad3: 0, quad4: 0 },
      ]);
      expect(dossier.latest.map((event) => [event.articleId, event.date, event.event])).toEqual([
        [id(delivery), '2021-07-20', 'AID'],
        [id(otherAngle), '2021-05-30', 'SUPPORT'],
      ]);
      expect(dossier.latest[0]).toMatchObject({
        title: delivery.title,
        quad: 2,
        mode: [],
        actor: ['RUS'],
        recipient: ['VNM'],
        evidence: delivery.body,
      });
      expect(dossier.persons).toEqual([
        {
          name: 'Sergueï Lavrov',
          country: 'RUS',
          roles: ['ministre russe des Affaires étrangères'],
          events: 2,
        },
        { name: 'Bui Thanh Son', country: 'VNM', roles: ['ministre des Affaires étrangères'], events: 1 },
      ]);
      // VNM's open promise with no counterpart, then the pair's fulfilled request; not the USA's
      // promise to China.
      expect(dossier.commitments.map((c) => [c.kind, c.by, c.to, c.articleId])).toEqual([
        ['promise', 'VNM', null, id(otherPair)],
        ['request', 'VNM', 'RUS', id(request)],
      ]);
      expect(dossier.commitments[1]).toMatchObject({ status: 'fulfilled', dueDay: '2021-08-31' });
      expect(dossier.listTotals).toEqual({
        persons: dossier.persons.length,
        commitments: 2,
        stories: dossier.stories.length,
      });
      const callStory = dossier.stories.find((story) => story.articles === 2);
      expect(callStory).toMatchObject({ events: 2, title: call.title });
      expect((await store.article(id(otherAngle)))?.story).toBe(callStory?.id);
      expect(dossier.stories.reduce((n, story) => n + story.events, 0)).toBe(4);
      expect(await store.dyadDossier('RUS', 'VNM', 2)).toEqual({ ...dossier, countries: ['RUS', 'VNM'] });
      const empty = await store.dyadDossier('FRA', 'JPN', 20);
      expect(empty).toMatchObject({
        totals: { events: 0, balance: 0 },
        latest: [],
        persons: [],
        commitments: [],
      });
    });

    it('lists the articles of a page by its content hash, duplicates too', async () => {
      const page = pageFromSpec(call);
      const copy = pageFromSpec({ ...call, uri: 'file:copy.txt', body: `${call.body} Source : VNA.` });
      await store.storePage(page);
      await store.storePage(copy);
      const [hit] = await store.pageArticles(page.sha256);
      expect(hit).toMatchObject({
        id: page.records[0]!.id,
        uri: 'file:call.txt',
        events: 1,
        duplicateOf: null,
      });
      expect(hit).toEqual((await store.searchArticles({ text: 'Lavrov' }))[0]);
      expect(await store.pageArticles(copy.sha256)).toEqual([
        expect.objectContaining({ id: copy.records[0]!.id, duplicateOf: hit?.id, events: 0 }),
      ]);
      expect(await store.pageArticles('0'.repeat(64))).toEqual([]);
    });

    it('records a watchlist’s new matching events as unread, and refreshes and lists them in one call', async () => {
      const state = (items: WatchlistEvent[]) =>
        items.map(({ row, read, delivered }) => ({ id: row.articleId, read, delivered }));
      const first = pageFromSpec(call);
      await store.storePage(first);
      const watchlist = await store.createWatchlist({
        name: 'VNM–RUS',
        filter: { countries: ['VNM', 'RUS'] },
      });
      expect(watchlist).toMatchObject({ name: 'VNM–RUS', unread: 0, webhookUrl: null });
      const callId = first.records[0]!.id;
      expect(state(await store.watchlistEvents(watchlist.id))).toEqual([
        { id: callId, read: true, delivered: true },
      ]);

      const visit = pageFromSpec({
        uri: 'file:visit.txt',
        title: 'Visite du Premier ministre russe au Vietnam',
        body:
          'HANOÏ, 15 juin (VNA) - Le Premier ministre russe a effectué une visite officielle au Vietnam ' +
          'pour discuter du pétrole, du gaz et de l’éducation avec les dirigeants vietnamiens.',
        published: '2021-06-15',
        events: [
          { type: 'CONSULT', actor: 'RUS', recipient: 'VNM', mode: ['visit'], cue: 'visite officielle' },
        ],
      });
      await store.storePage(visit);
      const visitId = visit.records[0]!.id;
      // Listing alone records nothing new.
      expect(state(await store.watchlistEvents(watchlist.id))).toHaveLength(1);
      const refreshed = await store.watchlistEvents(watchlist.id, { refresh: true });
      expect(state(refreshed)).toEqual([
        { id: visitId, read: false, delivered: false },
        { id: callId, read: true, delivered: true },
      ]);
      expect((await store.watchlists())[0]?.unread).toBe(1);
      expect(await store.refreshWatchlist(watchlist.id)).toEqual([]);

      const trade = pageFromSpec({
        uri: 'file:trade.txt',
        title: 'Le Vietnam et la Russie parlent commerce',
        body: 'MOSCOU, 2 juillet (VNA) - Les ministres du Commerce du Vietnam et de la Russie ont eu des consultations sur les échanges agricoles.',
        published: '2021-07-02',
        events: [{ type: 'CONSULT', actor: 'VNM', recipient: 'RUS', cue: 'consultations' }],
      });
      await store.storePage(trade);
      expect(state(await store.refreshWatchlist(watchlist.id))).toEqual([
        { id: trade.records[0]!.id, read: false, delivered: false },
      ]);

      await store.markWatchlistDelivered(watchlist.id, visitId, refreshed[0]!.row.event.id);
      expect(await store.markWatchlistRead(watchlist.id)).toBe(2);
      expect(state(await store.watchlistEvents(watchlist.id, { refresh: true }))).toEqual([
        { id: trade.records[0]!.id, read: true, delivered: false },
        { id: visitId, read: true, delivered: true },
        { id: callId, read: true, delivered: true },
      ]);
      expect(await store.renameWatchlist(watchlist.id, 'renamed')).toBe(true);
      expect((await store.watchlists()).find((w) => w.id === watchlist.id)?.name).toBe('renamed');
      expect(await store.renameWatchlist(99_999, 'none')).toBe(false);
      expect(await store.deleteWatchlist(watchlist.id)).toBe(true);
      expect(await store.watchlistEvents(watchlist.id, { refresh: true })).toEqual([]);
    });

    it('keeps per-item errors and conditional-fetch state', async () => {
      await store.recordError({
        uri: 'https://a.test/x',
        code: 'FETCH',
        message: 'timeout',
        pageSha256: null,
      });
      await store.recordError({
        uri: 'https://a.test/x',
        code: 'FETCH',
        message: 'timeout',
        pageSha256: null,
      });
      await store.recordError({
        uri: 'file:bad.warc',
        code: 'PARSE',
        message: 'bad record',
        pageSha256: null,
      });
      expect(await store.errorCounts()).toEqual([
        { key: 'FETCH', count: 1 },
        { key: 'PARSE', count: 1 },
      ]);
      expect(await store.ingestErrors({ limit: 10 })).toEqual([
        { uri: 'https://a.test/x', code: 'FETCH', message: 'timeout', pageSha256: null },
        { uri: 'file:bad.warc', code: 'PARSE', message: 'bad record', pageSha256: null },
      ]);
      expect(await store.ingestErrors({ code: 'PARSE', limit: 10 })).toHaveLength(1);
      expect(await store.ingestErrors({ limit: 10, offset: 1 })).toHaveLength(1);
      expect(await store.sourceState('https://a.test/x')).toBeNull();
      await store.saveSourceState('https://a.test/x', 'url', {
        etag: '"v1"',
        lastModified: null,
        sha256: 'abc',
      });
      expect(await store.sourceState('https://a.test/x')).toEqual({
        etag: '"v1"',
        lastModified: null,
        sha256: 'abc',
      });
    });
  });
}
