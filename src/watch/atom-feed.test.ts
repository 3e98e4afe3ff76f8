import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderAtomFeed, rfc3339 } from './atom-feed.js';

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed(
    {
      id: 'urn:entente:watchlist:1',
      title: 'VNM–RUS <talks> & more',
      selfLink: 'http://127.0.0.1/watchlists/1/feed.atom',
      alternateLink: 'http://127.0.0.1/watchlists',
      updated: '2021-05-29',
    },
    [
      {
        id: 'urn:entente:event:a_1:v1',
        title: 'CONSULT VNM → RUS',
        link: 'http://127.0.0.1/articles/a_1',
        updated: '2021-05-29',
        summary: 'Le 29 mai, <script>alert(1)</script> \u0001',
      },
    ],
  );

  it('is well-formed Atom with the required elements escaped', () => {
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ''), 'text/xml' as never);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'),
    ).toBe(true);
    expect(xml).toContain('<title>VNM–RUS &lt;talks&gt; &amp; more</title>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0001');
    expect(document.querySelectorAll('entry')).toHaveLength(1);
    for (const tag of ['id', 'title', 'updated']) expect(xml).toMatch(new RegExp(`<entry>[\\s\\S]*<${tag}>`));
  });

  it('writes RFC 3339 timestamps', () => {
    expect(rfc3339('2021-05-29')).toBe('2021-05-29T00:00:00Z');
    expect(rfc3339('2021-05-29T10:11:12.345Z')).toBe('2021-05-29T10:11:12Z');
  });
});
