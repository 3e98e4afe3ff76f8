import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPages } from '../bench/synthetic-pages.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import {
  formatIngestSummary,
  ingestItems,
  runIngest,
  type IngestedPage,
  type IngestOptions,
} from './ingest-run.js';
import type { SourceItem } from './ingest-sources.js';
import { makePage } from './page.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
let server: Server;
let base = '';
const served = new Map<string, number>();

const OPTIONS: IngestOptions = {
  include: [],
  exclude: [],
  workers: 0,
  maxBytes: 1 << 20,
  fetch: { allowPrivate: true, perHostIntervalMs: 0, timeoutMs: 2000, retries: 0 },
  progress: null,
};

const TOPICS: Record<string, string> = {
  'Sans date':
    'La réunion a porté sur la sécurité alimentaire, la gestion des ressources en eau et la prévention des catastrophes naturelles dans la région.',
  'Avec date':
    'Le Japon accordera un prêt préférentiel pour la construction de lignes ferroviaires urbaines et de ports en eau profonde au Vietnam.',
  Archivé:
    'Les archives diplomatiques montrent que les deux pays ont établi leurs relations il y a plus de cinquante ans.',
};

function articleHtml(title: string, withDate: boolean): string {
  return `<html><head><title>${title}</title>${withDate ? '<meta property="article:published_time" content="2021-03-02">' : ''}</head>
<body><article><h1>${title}</h1><p>${TOPICS[title] ?? title}</p><p>HANOÏ (VNA) - Le Vietnam et le Japon ont tenu une réunion sur la coopération dans le bassin du Mékong, a indiqué le ministère.</p>
<p>Les deux parties ont convenu de renforcer les échanges dans les domaines de l'agriculture et des transports.</p></article></body></html>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    served.set(path, (served.get(path) ?? 0) + 1);
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/undated')
      return void res
        .writeHead(200, { 'content-type': 'text/html', etag: '"u1"' })
        .end(articleHtml('Sans date', false));
    if (path === '/dated')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Avec date', true));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('runIngest', () => {
  it('ingests a folder with globs, marks duplicates, stores errors, and adds nothing on a re-run', async () => {
    const input = join(dir, 'pages');
    mkdirSync(join(input, 'skip'), { recursive: true });
    let i = 0;
    for (const page of syntheticPages({ pages: 40, seed: 3, duplicateRate: 0.3 })) {
      writeFileSync(join(input, `p${String(i++).padStart(3, '0')}.html`), page.bytes);
    }
    writeFileSync(join(input, 'skip', 'ignored.html'), articleHtml('Ignored', true));
    writeFileSync(
      join(input, 'broken.html'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    );
    const store = SqliteArticleStore.open(join(dir, 'folder.db'));
    const options = { ...OPTIONS, include: ['*.html'], exclude: ['skip/**'] };
    const first = await runIngest(store, [input], options);
    // The binary file is an error, never a page.
    expect(first).toMatchObject({ pages: 41, stored: 40, skipped: 0 });
    expect(first.duplicates).toBeGreaterThan(0);
    expect(first.errors).toEqual({ UNSUPPORTED: 1 });
    expect(first.articles).toBeGreaterThan(40);
    expect(formatIngestSummary(first)).toMatch(/errors: UNSUPPORTED 1/);
    expect(await store.searchArticles({ text: 'Ignored' })).toHaveLength(0);
    const digest = await store.contentDigest();
    const second = await runIngest(store, [input], options);
    expect(second).toMatchObject({ pages: 41, stored: 0, skipped: 40, articles: 0 });
    expect(await store.contentDigest()).toBe(digest);
    await store.close();
  });

  it('ingests feed items with their dates, WARC records, and URLs conditionally', async () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>
<item><title>Sans date</title><link>${base}/undated</link><pubDate>Tue, 09 Mar 2021 08:00:00 +0700</pubDate></item>
<item><title>Avec date</title><link>${base}/dated</link><pubDate>Wed, 10 Mar 2021 08:00:00 +0700</pubDate></item>
<item><title>Absent</title><link>${base}/missing</link></item>
</channel></rss>`,
    );
    writeFileSync(
      join(dir, 'broken-feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</item>',
    );
    const record = WARCRecord.create(
      {
        url: 'https://archive.test/a',
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': 'text/html' },
      },
      [new TextEncoder().encode(articleHtml('Archivé', true))],
    );
    writeFileSync(join(dir, 'pages.warc.gz'), await WARCSerializer.serialize(record, { gzip: true }));

    const store = SqliteArticleStore.open(join(dir, 'feed.db'));
    const inputs = [feed, join(dir, 'broken-feed.xml'), join(dir, 'pages.warc.gz')];
    const pages: IngestedPage[] = [];
    const summary = await runIngest(store, inputs, { ...OPTIONS, onPage: (page) => pages.push(page) });
    expect(summary.errors).toEqual({ HTTP: 1, PARSE: 1 });
    expect(pages.map(({ uri, stored, articles }) => ({ uri, stored, articles }))).toEqual([
      { uri: `${base}/undated`, stored: true, articles: 1 },
      { uri: `${base}/dated`, stored: true, articles: 1 },
      { uri: 'https://archive.test/a', stored: true, articles: 1 },
    ]);
    expect(pages.reduce((sum, page) => sum + page.events, 0)).toBe(summary.events);
    const undated = (await store.searchArticles({ text: 'Sans date' }))[0];
    expect(undated?.published).toBe('2021-03-09');
    expect((await store.searchArticles({ text: 'Avec date' }))[0]?.published).toBe('2021-03-02');
    expect((await store.searchArticles({ text: 'Archivé' }))[0]?.uri).toBe('https://archive.test/a');

    const found: IngestedPage[] = [];
    const direct = await runIngest(store, [`${base}/undated`], {
      ...OPTIONS,
      onPage: (page) => found.push(page),
    });
    expect(direct).toMatchObject({ skipped: 1 });
    expect(found).toEqual([{ ...pages[0], stored: false, articles: 0, events: 0 }]);
    const again = await runIngest(store, [`${base}/undated`], OPTIONS);
    expect(again).toMatchObject({ unchanged: 0, skipped: 1 });
    const refused = await runIngest(store, [`${base}/dated`], {
      ...OPTIONS,
      fetch: { ...OPTIONS.fetch, allowPrivate: false },
    });
    expect(refused.errors).toEqual({ BLOCKED: 1 });
    await store.close();
  });
});

describe('ingestItems', () => {
  it('holds at most 4 MB of pages in flight: large pages are written before more are taken', async () => {
    const store = SqliteArticleStore.open(join(dir, 'in-flight.db'));
    let taken = 0;
    let written = 0;
    let mostInFlight = 0;
    async function* largePages(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 8; i++) {
        mostInFlight = Math.max(mostInFlight, taken - written);
        taken++;
        // 2 MB of markup over the 1 MB limit: the page is analysed as too large, quickly.
        const bytes = new TextEncoder().encode(`<html><body><p>${i}</p>${' '.repeat(2 << 20)}</body></html>`);
        const page = makePage(`https://example.org/large-${i}.html`, bytes);
        yield { kind: 'page', page, origin: page.uri };
      }
    }
    const summary = await ingestItems(store, largePages(), {
      ...OPTIONS,
      onPage: () => written++,
      onError: () => written++,
    });
    await store.close();
    expect(summary.pages).toBe(8);
    expect(written).toBe(8);
    // Without the byte bound, the in-process analyzer's 4 pages by count would be in flight.
    expect(mostInFlight).toBeLessThanOrEqual(2);
  });
});
