import { summarizeEvent, type EventSummary } from '../export/event-summary.js';
import type { ArticleFilter, ArticleHit, ArticleStore } from './article-store.js';

/** One page of results and the cursor of the next page (null on the last page). */
export interface ResultPage<T> {
  items: T[];
  next: number | null;
}

/**
 * Matching events as compact rows, newest stored first, from `cursor` (how many to skip): the
 * page the API's `/events` and `entente query --events` show. Repeats counted in a canonical
 * copy are left out unless duplicates are asked for.
 */
export async function eventPage(
  store: ArticleStore,
  filter: ArticleFilter,
  cursor: number,
  limit: number,
): Promise<ResultPage<EventSummary>> {
  const { limit: _limit, ...rest } = filter;
  const items: EventSummary[] = [];
  let seen = 0;
  for await (const row of store.eventRows({ order: 'newest', ...rest })) {
    if (!row.counted && !filter.includeDuplicates) continue;
    if (seen++ < cursor) continue;
    if (items.length === limit) return { items, next: cursor + limit };
    items.push(summarizeEvent(row));
  }
  return { items, next: null };
}

/** What `/api/events?groupBy=` counts matching counted events by. */
export type EventGroup = 'month' | 'type' | 'quad';

/** Matching counted events counted by month (event date, else publication), type or quad, by key. */
export async function eventCounts(
  store: ArticleStore,
  filter: ArticleFilter,
  groupBy: EventGroup,
): Promise<Array<{ key: string; count: number }>> {
  const counts = new Map<string, number>();
  for await (const row of store.eventRows(filter)) {
    if (!row.counted) continue;
    const key =
      groupBy === 'type'
        ? row.event.event
        : groupBy === 'quad'
          ? String(row.event.quad)
          : (row.event.date?.value?.match(/^\d{4}-\d{2}/)?.[0] ?? row.published?.slice(0, 7) ?? 'unknown');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count }));
}

/** Event pages and counts, computed where the store reads (a pooled store: on its readers). */
export interface EventReads {
  eventPage(filter: ArticleFilter, cursor: number, limit: number): Promise<ResultPage<EventSummary>>;
  eventCounts(filter: ArticleFilter, groupBy: EventGroup): Promise<Array<{ key: string; count: number }>>;
}

/** The store's own event reads when it has them, else computed here from its event rows. */
export function eventReads(store: ArticleStore): EventReads {
  const own = store as ArticleStore & Partial<EventReads>;
  if (own.eventPage && own.eventCounts) return own as EventReads;
  return {
    eventPage: (filter, cursor, limit) => eventPage(store, filter, cursor, limit),
    eventCounts: (filter, groupBy) => eventCounts(store, filter, groupBy),
  };
}

/** One page of matching articles from `cursor`. */
export async function articlePage(
  store: ArticleStore,
  filter: ArticleFilter,
  cursor: number,
  limit: number,
): Promise<ResultPage<ArticleHit>> {
  const hits = await store.searchArticles({ ...filter, limit: cursor + limit + 1 });
  return {
    items: hits.slice(cursor, cursor + limit),
    next: hits.length > cursor + limit ? cursor + limit : null,
  };
}

/**
 * JSON text as the API sends it: a string, or its UTF-8 bytes (a pooled store's readers encode it,
 * off the server's thread, and the bytes go to the socket as they are). The bytes are a Node Buffer at
 * run time (`read-pool.ts`); the type names its base class so that the web client's types, which
 * share this file and have no Node types, check too.
 */
export type JsonText = string | Uint8Array;

/**
 * Reads answered as the JSON text the API sends: a pooled store serialises them on its readers, so
 * a result crosses threads as one buffer instead of a structured clone of its many objects that the
 * server would then serialise again (a busy pair's dossier: ~0.3 ms of CPU a request).
 */
export interface JsonReads {
  /** `articlePage`'s page as JSON. */
  articlePageJson(filter: ArticleFilter, cursor: number, limit: number): Promise<JsonText>;
  /** `dyadDossier`'s dossier as JSON. */
  dyadDossierJson(a: string, b: string, latestCount: number): Promise<JsonText>;
}

/** The store's own JSON reads where it has them (each), else the results serialised here (the same text). */
export function jsonReads(store: ArticleStore): JsonReads {
  const own = store as ArticleStore & Partial<JsonReads>;
  if (own.articlePageJson && own.dyadDossierJson) return own as JsonReads;
  return {
    articlePageJson: own.articlePageJson
      ? own.articlePageJson.bind(own)
      : async (filter, cursor, limit) => JSON.stringify(await articlePage(store, filter, cursor, limit)),
    dyadDossierJson: own.dyadDossierJson
      ? own.dyadDossierJson.bind(own)
      : async (a, b, latestCount) => JSON.stringify(await store.dyadDossier(a, b, latestCount)),
  };
}
