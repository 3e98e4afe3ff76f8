import type { PloverType } from '../records/article.js';
import { isKnownCountryCode } from '../records/country-codes.js';
import type { ArticleFilter, SearchOrder } from './article-store.js';

/**
 * The filter parameters by their public names (`?country=VNM,RUS&type=CONSULT`): the names of
 * both the API query string and the CLI flags (`--country VNM,RUS --type CONSULT`), so both reach
 * the store's `ArticleFilter` through the one conversion below.
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
  /** Minimum event confidence, 0–1. */
  confidence?: number;
  /** Include teasers (default: main articles only). */
  teasers?: boolean;
  /** Include events with an unknown actor or recipient (default: both sides known). */
  partial?: boolean;
  source?: string;
  duplicates?: boolean;
  sort?: SearchOrder;
  limit?: number;
  cursor?: number;
}

/** What is counted when nothing says otherwise; shown on screen beside counts. */
export const DEFAULT_SCOPE = 'main articles only (no teasers), events with both sides known';

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
  if (query.confidence !== undefined && query.confidence > 0) filter.minConfidence = query.confidence;
  if (!query.teasers) filter.mainOnly = true;
  if (!query.partial) filter.bothSides = true;
  if (query.source?.trim()) filter.source = query.source.trim();
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
  if (filter.minConfidence !== undefined) query['confidence'] = String(filter.minConfidence);
  if (!filter.mainOnly) query['teasers'] = 'true';
  if (!filter.bothSides) query['partial'] = 'true';
  if (filter.source) query['source'] = filter.source;
  if (filter.includeDuplicates) query['duplicates'] = 'true';
  if (filter.order) query['sort'] = filter.order;
  return query;
}

/** A real calendar day or month or year (`2021-02-30` is not). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
}

/**
 * What is wrong with parameters that passed the schema: unknown country codes and impossible
 * dates, each message naming the parameter and the value.
 */
export function filterQueryProblems(query: FilterQuery): string[] {
  const problems: string[] = [];
  for (const code of query.country ? query.country.split(',') : [])
    if (!isKnownCountryCode(code))
      problems.push(`country: unknown country code ${code} (use ISO alpha-3, e.g. VNM, RUS, FRA)`);
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value !== undefined && !isCalendarDate(value))
      problems.push(`${key}: ${value} is not a date (use YYYY-MM-DD, e.g. 2021-05-29)`);
  }
  if (query.from && query.to && query.from > query.to)
    problems.push(`from: ${query.from} is after to: ${query.to}`);
  return problems;
}
