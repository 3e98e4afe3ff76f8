import { describe, expect, it } from 'vitest';
import { feedDateDay, looksLikeJsonFeed, readFeed } from './read-feed.js';

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>VNA</title>
<item><title>Entretien</title><link>https://news.test/a</link><pubDate>Sat, 29 May 2021 23:30:00 +0700</pubDate></item>
<item><title>Relative</title><link>/b</link></item>
<item><title>No link</title></item>
</channel></rss>`;

describe('readFeed', () => {
  it('reads RSS items with their links and publisher-local days', () => {
    const result = readFeed(rss, 'https://news.test/feed.xml');
    expect(result).toMatchObject({ ok: true, format: 'rss', title: 'VNA' });
    if (!result.ok) return;
    expect(result.items).toEqual([
      { link: 'https://news.test/a', title: 'Entretien', published: '2021-05-29', content: null },
      { link: 'https://news.test/b', title: 'Relative', published: null, content: null },
    ]);
  });

  it('reads Atom entries (published before updated) and JSON Feed items', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>A</title><link href="https://news.test/a"/><updated>2021-06-02T10:00:00Z</updated>
      <published>2021-06-01T10:00:00Z</published></entry></feed>`;
    const atomResult = readFeed(atom);
    expect(atomResult.ok && atomResult.items[0]).toEqual({
      link: 'https://news.test/a',
      title: 'A',
      published: '2021-06-01',
      content: null,
    });
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: '1', url: 'https://news.test/j', date_published: '2021-07-03T01:00:00+07:00' }],
    });
    expect(looksLikeJsonFeed(json)).toBe(true);
    const jsonResult = readFeed(json);
    expect(jsonResult.ok && jsonResult.items[0]?.published).toBe('2021-07-03');
  });

  it('reports invalid XML instead of throwing', () => {
    expect(readFeed('<rss><channel><item>')).toMatchObject({ ok: false });
  });

  it('reads RFC 822 and ISO days without time-zone shifts', () => {
    expect(feedDateDay('Mon, 1 Feb 2021 00:30:00 +0900')).toBe('2021-02-01');
    expect(feedDateDay('2021-02-01T23:59:00-05:00')).toBe('2021-02-01');
    expect(feedDateDay('yesterday')).toBeNull();
  });
});
