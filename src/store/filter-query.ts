import type { PloverType } from '../records/article.js';
import type { ArticleFilter, SearchOrder } from './article-store.js';

/**
 * The filter parameters by their public names (`?country=VNM,RUS&type=CONSULT`): the vocabulary
 * of the API query string, which the CLI options are validated into, so both reach the store's
 * `ArticleFilter` through the one conversion below.
 */
export interface FilterQuery {
  q?: string;
  country?: string;
  type?: PloverType;
  quad?: number;
  mode?: string;
  context?: string;
  sector?: string;
  person?: string;
  from?: string;
  to?: string;
  lang?: string;
  commitment?: ArticleFilter['commitmentStatus'];
  duplicates?: boolean;
  sort?: SearchOrder;
  limit?: number;
  cursor?: number;
}

/** Turn validated query parameters into the store's filter. */
export function filterFromQuery(query: FilterQuery): ArticleFilter {
  const filter: ArticleFilter = {};
  if (query.q?.trim()) filter.text = query.q.trim();
  if (query.country) filter.countries = query.country.split(',');
  if (query.type) filter.eventType = query.type;
  if (query.quad !== undefined) filter.quad = query.quad;
  if (query.mode) filter.mode = query.mode;
  if (query.context) filter.context = query.context;
  if (query.sector) filter.sector = query.sector;
  if (query.person?.trim()) filter.person = query.person.trim();
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (query.lang) filter.language = query.lang;
  if (query.commitment) filter.commitmentStatus = query.commitment;
  if (query.duplicates) filter.includeDuplicates = true;
  if (query.sort) filter.order = query.sort;
  return filter;
}

/** The query parameters that give back a store filter (for links to a saved watchlist's search). */
export function queryFromFilter(filter: ArticleFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.text) query['q'] = filter.text;
  if (filter.countries?.length) query['country'] = filter.countries.join(',');
  if (filter.eventType) query['type'] = filter.eventType;
  if (filter.quad !== undefined) query['quad'] = String(filter.quad);
  if (filter.mode) query['mode'] = filter.mode;
  if (filter.context) query['context'] = filter.context;
  if (filter.sector) query['sector'] = filter.sector;
  if (filter.person) query['person'] = filter.person;
  if (filter.from) query['from'] = filter.from;
  if (filter.to) query['to'] = filter.to;
  if (filter.language) query['lang'] = filter.language;
  if (filter.commitmentStatus) query['commitment'] = filter.commitmentStatus;
  if (filter.order) query['sort'] = filter.order;
  return query;
}
