import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { formatIngestSummary, runIngest, type IngestOptions } from './ingest-run.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Fetching is off: every page below must come from the inputs themselves.
const OPTIONS: IngestOptions = {
  include: [],
  exclude: [],
  workers: 0,
  maxBytes: 1 << 20,
  fetch: {},
  progress: null,
};

// Written for this test.
const BODY =
  '<p>HANOÏ (VNA) - Le Vietnam et le Japon ont tenu mardi une réunion sur la coopération dans le bassin du Mékong, a indiqué le ministère des Affaires étrangères.</p><p>Les deux parties ont convenu de renforcer les échanges dans les domaines de l’agriculture et des transports.</p>';

async function warc(records: Array<{ url: string; type: string; body: string }>): Promise<Uint8Array> {
  const parts = await Promise.all(
    records.map(({ url, type, body }) =>
      WARCSerializer.serialize(
        WARCRecord.create(
          { url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': type } },
          [new TextEncoder().encode(body)],
        ),
      ),
    ),
  );
  return Buffer.concat(parts);
}

describe('ingest edges: feeds, WARC responses, folders', () => {
  it('stores a feed item from its inline content, resolves relative links, reads file: links, reports a skipped item', async () => {
    writeFileSync(
      join(dir, 'local-page.html'),
      `<html><head><title>Page locale</title></head><body><article><h1>Page locale</h1><p>PARIS (AFP) - La France et l’Allemagne ont signé jeudi un accord sur la défense, a annoncé le ministère des Armées dans un communiqué.</p><p>Les deux pays financeront ensemble le futur char de combat.</p></article></body></html>`,
    );
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>Réunion Mékong-Japon</title><link>articles/mekong.html</link><pubDate>Tue, 09 Mar 2021 08:00:00 +0700</pubDate><content:encoded><![CDATA[${BODY}]]></content:encoded></item>
<item><title>Page locale</title><link>local-page.html</link></item>
<item><title>Sans lien</title></item>
</channel></rss>`,
    );
    const store = SqliteArticleStore.open(join(dir, 'feed.db'));
    try {
      const summary = await runIngest(store, [feed], OPTIONS);
      expect(summary.stored).toBe(2);
      expect(summary.errors).toEqual({ PARSE: 1 });
      expect(summary.failures[0]?.message).toMatch(/item 3 \(Sans lien\) has no usable link/);
      const [inline] = await store.searchArticles({ text: 'Mékong', limit: 5 });
      expect(inline?.uri).toMatch(/^file:\/\/\/.*\/articles\/mekong\.html$/);
      expect(inline?.published).toBe('2021-03-09');
      expect(inline?.title).toBe('Réunion Mékong-Japon');
      expect((await store.searchArticles({ text: 'Page locale' }))[0]?.uri).toMatch(/local-page\.html$/);
    } finally {
      await store.close();
    }
  });

  it('keeps only the HTML responses of a WARC: robots.txt and images are skipped and counted', async () => {
    const archive = join(dir, 'crawl.warc');
    writeFileSync(
      archive,
      await warc([
        {
          url: 'https://news.test/robots.txt',
          type: 'text/plain',
          body: 'User-agent: *\nDisallow: /private\n',
        },
        { url: 'https://news.test/logo.png', type: 'image/png', body: '\u0089PNG' },
        {
          url: 'https://news.test/a.html',
          type: 'text/html; charset=utf-8',
          body: `<html><head><title>Archivé</title></head><body><article><h1>Archivé</h1>${BODY}</article></body></html>`,
        },
      ]),
    );
    const store = SqliteArticleStore.open(join(dir, 'warc.db'));
    try {
      const summary = await runIngest(store, [archive], OPTIONS);
      expect(summary).toMatchObject({ stored: 1, notPages: 2, errors: {} });
      expect(formatIngestSummary(summary)).toMatch(/not pages: 2 skipped/);
      const hits = await store.searchArticles({ limit: 10 });
      expect(hits.map((hit) => hit.uri)).toEqual(['https://news.test/a.html']);
    } finally {
      await store.close();
    }
  });

  it('skips documentation and data files in a folder, and reports a binary file as an error naming it', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'README.md'), '# Notes\n\nNot a page.\n');
    writeFileSync(join(folder, 'golden.txt.jsonl'), '{"id":"a_1"}\n');
    writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    writeFileSync(
      join(folder, 'page.html'),
      `<html><head><title>Dossier</title></head><body><article><h1>Dossier</h1>${BODY}</article></body></html>`,
    );
    // A crawl's gzip page is inflated and read like any page.
    writeFileSync(
      join(folder, 'stored.html.gz'),
      gzipSync(
        `<html><head><title>Archive</title></head><body><article><h1>Archive</h1>${BODY} Archive.</article></body></html>`,
      ),
    );
    const store = SqliteArticleStore.open(join(dir, 'folder.db'));
    try {
      const summary = await runIngest(store, [folder], OPTIONS);
      expect(summary).toMatchObject({ stored: 2, notPages: 2, errors: { UNSUPPORTED: 1 } });
      expect(summary.failures.map((f) => f.uri)).toEqual([expect.stringMatching(/photo\.jpg$/)]);
      expect(formatIngestSummary(summary)).toMatch(/UNSUPPORTED .*photo\.jpg: .*binary file/);
    } finally {
      await store.close();
    }
  });
});
