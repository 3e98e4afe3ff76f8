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
