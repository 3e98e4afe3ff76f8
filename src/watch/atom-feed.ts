/** One entry of a watchlist feed. */
export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

export interface FeedInfo {
  id: string;
  title: string;
  selfLink: string;
  alternateLink: string;
  updated: string;
}

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids would make the whole feed invalid.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

/** An RFC 3339 timestamp from an ISO day or timestamp (`2021-05-29` → `2021-05-29T00:00:00Z`). */
export function rfc3339(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00Z`
    : new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Render a valid Atom 1.0 (RFC 4287) document. */
export function renderAtomFeed(feed: FeedInfo, entries: FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${rfc3339(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateLink)}"/>`,
    '  <author><name>Entente</name></author>',
    '  <generator>Entente</generator>',
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <updated>${rfc3339(entry.updated)}</updated>`,
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
