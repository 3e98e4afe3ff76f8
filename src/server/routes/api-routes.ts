import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../app.js';
import type { DossierCache } from '../dossier.js';
import { filterQuerySchema, rejectBadFilter } from '../filter-query.js';
import { filterFromQuery, type FilterQuery } from '../../store/filter-query.js';
import { problem, sendProblem } from '../problem.js';
import type { CommitmentStatus } from '../../store/article-store.js';
import { eventReads, jsonReads } from '../../store/result-pages.js';
import { STATS_ARTICLE_LIMIT } from '../../store/stats-coverage.js';
import { isKnownCountryCode } from '../../records/country-codes.js';
import { recordId } from '../../extract/build-record.js';
import { COMMITMENT_STATUSES } from '../../records/article.js';

const MAX_TEASERS = 50;
/** What Fastify sends a serialised object as: article pages and dossiers arrive as JSON text. */
const JSON_TYPE = 'application/json; charset=utf-8';

const idParams = (pattern: string) =>
  ({ type: 'object', required: ['id'], properties: { id: { type: 'string', pattern } } }) as const;

const problemSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
  },
} as const;

/** Read-only API routes over the store. */
export function registerApiRoutes(
  api: FastifyInstance,
  options: ServerOptions,
  dossiers: DossierCache,
): void {
  const { store } = options;
  const events = eventReads(store);
  const json = jsonReads(store);

  api.get('/health', { schema: { tags: ['meta'], summary: 'Liveness and store totals' } }, async () => {
    const stats = await store.stats({});
    return {
      status: 'ok',
      version: options.version,
      readOnly: Boolean(options.readOnly),
      totals: stats.totals,
    };
  });
  api.get(
    '/jobs/failed',
    {
      schema: {
        tags: ['meta'],
        summary: 'Queue jobs that kept failing, with their error (PostgreSQL queue)',
      },
    },
    async () => ({ jobs: options.failedJobs ? await options.failedJobs() : [] }),
  );
  api.get('/version', { schema: { tags: ['meta'], summary: 'Server version' } }, async () => ({
    version: options.version,
  }));

  api.get<{ Querystring: FilterQuery }>(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Search articles (full text + filters, cursor pagination)',
        querystring: filterQuerySchema,
      },
      preHandler: rejectBadFilter,
    },
    async (request, reply) => {
      const page = await json.articlePageJson(
        filterFromQuery(request.query),
        request.query.cursor ?? 0,
        request.query.limit ?? 50,
      );
      return reply.type(JSON_TYPE).send(page);
    },
  );

  api.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article record with its evidence spans',
        params: idParams('^a_[0-9a-f]{16}$'),
        response: { 404: problemSchema },
      },
    },
    async (request, reply) => {
      const record = await store.article(request.params.id);
      if (!record)
        return sendProblem(reply, problem(404, 'not-found', `no article ${request.params.id}`, request.url));
      return record;
    },
  );

  api.get<{ Params: { id: string } }>(
    '/articles/:id/teasers',
    {
      schema: {
        tags: ['articles'],
        summary: 'The teasers shown on the page of a main article, in page order',
        params: idParams('^a_[0-9a-f]{16}$'),
      },
    },
    async (request, reply) => {
      const record = await store.article(request.params.id);
      if (!record)
        return sendProblem(reply, problem(404, 'not-found', `no article ${request.params.id}`, request.url));
      const items = [];
      // Teaser ids derive from the page hash and position (see recordId), so no index is needed.
      for (let position = 1; position <= MAX_TEASERS; position++) {
        const teaser = await store.article(recordId(record.source.sha256, 'teaser', position));
        if (!teaser) break;
        items.push({
          id: teaser.id,
          kind: teaser.kind,
          title: teaser.title,
          language: teaser.language,
          events: teaser.events.length,
        });
      }
      return { items };
    },
  );

  api.get<{ Querystring: FilterQuery & { groupBy?: 'month' | 'type' | 'quad' } }>(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Events matching the filters as compact rows, newest stored first (cursor pagination), or counts grouped by month, type or quad',
        querystring: {
          ...filterQuerySchema,
          properties: {
            ...filterQuerySchema.properties,
            groupBy: { type: 'string', enum: ['month', 'type', 'quad'] },
          },
        },
      },
      preHandler: rejectBadFilter,
    },
    async (request) => {
      const filter = filterFromQuery(request.query);
      const limit = request.query.limit ?? 50;
      const groupBy = request.query.groupBy;
      if (!groupBy) return events.eventPage(filter, request.query.cursor ?? 0, limit);
      return { groupBy, counts: await events.eventCounts(filter, groupBy) };
    },
  );

  api.get<{ Params: { a: string; b: string } }>(
    '/dyads/:a/:b',
    {
      schema: {
        tags: ['dyads'],
        summary:
          'Country-pair dossier: counts by type and month, latest events, persons, commitments, stories',
        params: {
          type: 'object',
          required: ['a', 'b'],
          properties: {
            a: { type: 'string', pattern: '^[A-Z]{3}$' },
            b: { type: 'string', pattern: '^[A-Z]{3}$' },
          },
        },
      },
    },
    async (request, reply) => {
      const unknown = [request.params.a, request.params.b].filter((code) => !isKnownCountryCode(code));
      if (unknown.length > 0)
        return sendProblem(
          reply,
          problem(
            400,
            'validation',
            `unknown country code ${unknown.join(', ')} (use ISO alpha-3, e.g. VNM, RUS, FRA)`,
            request.url,
          ),
        );
      const dossier = await dossiers.get(request.params.a, request.params.b);
      return reply.type(JSON_TYPE).send(dossier);
    },
  );

  api.get<{ Querystring: { name: string } }>(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Find entities by name (any spelling the resolver knows)',
        querystring: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string', minLength: 2, maxLength: 120 } },
        },
      },
    },
    async (request) => ({ items: await store.findEntities(request.query.name) }),
  );

  api.get<{ Params: { id: number } }>(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity with its role timeline',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      },
    },
    async (request, reply) => {
      const timeline = await store.roleTimeline(request.params.id);
      const entity = await store.entity(request.params.id);
      if (!entity)
        return sendProblem(reply, problem(404, 'not-found', `no entity ${request.params.id}`, request.url));
      return { ...entity, roles: timeline };
    },
  );

  api.get<{ Querystring: { status?: CommitmentStatus; dueBefore?: string } }>(
    '/commitments',
    {
      schema: {
        tags: ['commitments'],
        summary: 'Commitments by status and due date',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: [...COMMITMENT_STATUSES] },
            dueBefore: { type: 'string', pattern: '^\\d{4}(-\\d{2}){0,2}$' },
          },
        },
      },
    },
    async (request) => {
      const rows = await store.commitments(request.query.status);
      const dueBefore = request.query.dueBefore;
      return {
        items: dueBefore ? rows.filter((row) => row.dueDay !== null && row.dueDay < dueBefore) : rows,
      };
    },
  );

  api.get<{ Querystring: { code?: string; limit?: number; cursor?: number } }>(
    '/errors',
    {
      schema: {
        tags: ['meta'],
        summary: 'Stored per-document errors (code, input, message), in the order recorded',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: '^[A-Z_]{2,20}$' },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            cursor: { type: 'integer', minimum: 0, default: 0 },
          },
        },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 100;
      const cursor = request.query.cursor ?? 0;
      const items = await store.ingestErrors({
        ...(request.query.code ? { code: request.query.code } : {}),
        limit: limit + 1,
        offset: cursor,
      });
      return { items: items.slice(0, limit), next: items.length > limit ? cursor + limit : null };
    },
  );

  api.get<{ Querystring: FilterQuery }>(
    '/stats',
    {
      schema: {
        tags: ['events'],
        summary: 'Counts by dyad, type and month',
        description: `The store's totals, then counts of what the filter matches over at most its newest ${STATS_ARTICLE_LIMIT} matching articles (newest published first, then latest stored): coverage says whether every matching article was counted (complete), the limit (articleLimit) and in words which articles and events the counts cover.`,
        querystring: filterQuerySchema,
      },
      preHandler: rejectBadFilter,
    },
    async (request) => store.stats(filterFromQuery(request.query)),
  );
}
