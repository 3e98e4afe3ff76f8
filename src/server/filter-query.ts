import { SEARCH_ORDERS, type ArticleFilter, type SearchOrder } from '../store/article-store.js';
import { COMMITMENT_STATUSES, PLOVER_TYPES, type PloverType } from '../records/article.js';

/** Query-string parameters shared by the search, events, export and dyad routes. */
export const filterQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500, description: 'full-text query (accent- and case-insensitive)' },
    country: {
      type: 'string',
      pattern: '^[A-Z]{3}(,[A-Z]{3})?$',
      description: 'one ISO alpha-3 code, or two separated by a comma for a dyad',
    },
    type: {
      type: 'string',
      enum: [...PLOVER_TYPES],
    },
    quad: { type: 'integer', minimum: 1, maximum: 4 },
    mode: { type: 'string', pattern: '^[a-z_-]{1,40}$' },
    context: { type: 'string', pattern: '^[a-z_]{1,40}$' },
    sector: { type: 'string', pattern: '^[a-z_]{1,40}$' },
    person: { type: 'string', maxLength: 120 },
    from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    commitment: { type: 'string', enum: [...COMMITMENT_STATUSES] },
    duplicates: { type: 'boolean', description: 'include near-duplicate copies' },
    sort: {
      type: 'string',
      enum: [...SEARCH_ORDERS],
      description: 'order of a word search: newest (latest stored first, default) or relevance (bm25)',
    },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: { type: 'integer', minimum: 0, default: 0, description: 'offset of the next page, from `next`' },
  },
} as const;

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
