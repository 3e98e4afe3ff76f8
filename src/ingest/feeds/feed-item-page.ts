import type { FeedItem } from './read-feed.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The HTML page of a feed item whose full text the feed carries (`content:encoded`, Atom
 * `<content>`, JSON Feed `content_html`): title, publication day and body, so it is extracted
 * like a fetched article without fetching it.
 */
export function feedItemHtml(item: FeedItem & { content: string }): string {
  const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : '';
  const published = item.published
    ? `<meta property="article:published_time" content="${escapeHtml(item.published)}">`
    : '';
  const heading = item.title ? `<h1>${escapeHtml(item.title)}</h1>` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${title}${published}</head><body><article>${heading}${item.content}</article></body></html>`;
}
