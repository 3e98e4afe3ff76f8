import { parseFeed } from 'feedsmith';

/** One feed entry to fetch: its link and the date the feed gives it. */
export interface FeedItem {
  link: string;
  title: string | null;
  /** EDTF day as written by the publisher (no time-zone shift), or null. */
  published: string | null;
  /** The item's full text as HTML when the feed carries it (`content:encoded`, Atom `<content>`). */
  content: string | null;
}

export type FeedReadResult =
  | {
      ok: true;
      format: string;
      title: string | null;
      items: FeedItem[];
      /** Why entries were left out (no usable link), one message each. */
      skipped: string[];
    }
  | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day a feed date states, in its own time zone (`Sat, 29 May 2021 …` → `2021-05-29`). */
export function feedDateDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1]!;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})/.exec(value);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  if (month < 0) return null;
  return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string')
    return value.value;
  return null;
}

interface LooseItem {
  link?: string;
  url?: string;
  links?: Array<{ href?: string; rel?: string }>;
  title?: unknown;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  dc?: { date?: string; dates?: string[] };
  content?: { encoded?: string; value?: string; type?: string } | string;
  content_html?: string;
  content_text?: string;
}

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** An item's full text as HTML, when the feed gives more than a summary. */
function itemContent(item: LooseItem): string | null {
  const content = item.content;
  const html =
    (typeof content === 'object' &&
      (content.encoded ?? (content.type !== 'text' ? content.value : undefined))) ||
    item.content_html;
  if (html?.trim()) return html;
  const text =
    (typeof content === 'object' && content.type === 'text' ? content.value : undefined) ?? item.content_text;
  return text?.trim()
    ? text
        .split(/\n\s*\n/)
        .map((p) => `<p>${escapeText(p.trim())}</p>`)
        .join('')
    : null;
}

function itemLink(item: LooseItem, base: string | null): string | null {
  const raw =
    item.link ??
    item.url ??
    item.links?.find((link) => !link.rel || link.rel === 'alternate')?.href ??
    item.links?.[0]?.href;
  if (!raw) return null;
  try {
    return new URL(raw.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Parse RSS, Atom, RDF or JSON Feed text into items; a broken feed gives a message, never a throw. */
export function readFeed(text: string, baseUrl: string | null = null): FeedReadResult {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    return { ok: false, message: `not a readable RSS/Atom/JSON feed: ${(error as Error).message}` };
  }
  const feed = parsed.feed as { title?: unknown; items?: LooseItem[]; entries?: LooseItem[] };
  const entries = feed.items ?? feed.entries ?? [];
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const link = itemLink(entry, baseUrl);
    if (!link) {
      const title = textOf(entry.title);
      skipped.push(`item ${index + 1}${title ? ` (${title})` : ''} has no usable link; skipped`);
      continue;
    }
    items.push({
      link,
      title: textOf(entry.title),
      content: itemContent(entry),
      published: feedDateDay(
        entry.pubDate ??
          entry.published ??
          entry.date_published ??
          entry.dc?.date ??
          entry.dc?.dates?.[0] ??
          entry.updated,
      ),
    });
  }
  return { ok: true, format: parsed.format, title: textOf(feed.title), items, skipped };
}

/** True when text looks like a JSON Feed (RSS and Atom are recognised by the page sniffer). */
export function looksLikeJsonFeed(text: string): boolean {
  return /^\s*\{/.test(text) && /jsonfeed\.org\/version/.test(text.slice(0, 2000));
}
