import type { FastifyReply, FastifyRequest } from 'fastify';
import { SEARCH_ORDERS } from '../store/article-store.js';
import { filterQueryProblems, type FilterQuery } from '../store/filter-query.js';
import { COMMITMENT_STATUSES, PLOVER_TYPES } from '../records/article.js';
import { sendProblem, validationProblem } from './problem.js';
import { prefixedFieldProblems } from './validation-messages.js';

/**
 * Query-string parameters shared by the search, events, export and dyad routes, validated here;
 * `src/store/filter-query.ts` turns them into a store filter.
 */
export const filterQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500, description: 'full-text query (accent- and case-insensitive)' },
    country: {
      type: 'string',
      pattern: '^[A-Z]{3}(,[A-Z]{3})?$',
      description: 'one ISO alpha-3 code in capitals (VNM), or two separated by a comma for a pair (VNM,RUS)',
    },
    type: {
      type: 'string',
      enum: [...PLOVER_TYPES],
    },
    quad: { type: 'integer', minimum: 1, maximum: 4 },
    mode: {
      type: 'string',
      pattern: '^[a-z_-]{1,40}$',
      description: 'a PLOVER mode in lower case, such as phone, visit, multilateral',
    },
    context: {
      type: 'string',
      pattern: '^[a-z_]{1,40}$',
      description: 'a PLOVER context in lower case, such as diplomatic, economic, military',
    },
    sector: {
      type: 'string',
      pattern: '^[a-z_]{1,40}$',
      description: 'a sector in lower case, such as trade, defence, energy',
    },
    person: {
      type: 'string',
      maxLength: 120,
      description: "words of a person's name (at most 120 characters)",
    },
    from: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'a day as YYYY-MM-DD, such as 2021-05-29',
    },
    to: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'a day as YYYY-MM-DD, such as 2021-05-29',
    },
    lang: {
      type: 'string',
      pattern: '^[a-z]{2,3}$',
      description: 'a language code in lower case, such as fr, en',
    },
    commitment: { type: 'string', enum: [...COMMITMENT_STATUSES] },
    confidence: { type: 'number', minimum: 0, maximum: 1, description: 'minimum event confidence (0–1)' },
    teasers: { type: 'boolean', description: 'include teasers (default: main articles only)' },
    partial: {
      type: 'boolean',
      description: 'include events whose actor or recipient is unknown (default: both sides known)',
    },
    source: { type: 'string', maxLength: 200, description: 'words of the source address (publisher)' },
    duplicates: { type: 'boolean', description: 'include near-duplicate copies' },
    sort: {
      type: 'string',
      enum: [...SEARCH_ORDERS],
      description: 'order of a word search: newest (latest stored first, default) or relevance (bm25)',
    },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    cursor: {
      type: 'integer',
      minimum: 0,
      maximum: 1_000_000,
      default: 0,
      description: 'offset of the next page, from `next`',
    },
  },
} as const;

/**
 * Hook for routes taking the filter parameters: unknown country codes and impossible dates are
 * 400 problems naming the parameter and the value (the schema checks only their shape).
 */
export async function rejectBadFilter(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const problems = filterQueryProblems((request.query ?? {}) as FilterQuery);
  if (problems.length > 0)
    await sendProblem(reply, validationProblem(prefixedFieldProblems(problems), request.url));
}
