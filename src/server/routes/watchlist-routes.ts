import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../app.js';
import { filterQuerySchema } from '../filter-query.js';
import {
  filterFromQuery,
  filterQueryProblems,
  queryFromFilter,
  type FilterQuery,
} from '../../store/filter-query.js';
import { problem, sendProblem, validationProblem } from '../problem.js';
import { prefixedFieldProblems } from '../validation-messages.js';
import { renderAtomFeed } from '../../watch/atom-feed.js';

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

interface WatchlistBody {
  name: string;
  filter: FilterQuery;
  webhookUrl?: string;
  webhookSecret?: string;
}

/** Watchlists: saved filters, their unread events, an Atom feed each. */
export function registerWatchlistRoutes(api: FastifyInstance, options: ServerOptions): void {
  const { store } = options;
  const exists = async (id: number) => (await store.watchlists()).some((w) => w.id === id);

  api.get(
    '/watchlists',
    { schema: { tags: ['watchlists'], summary: 'Saved watchlists with their unread counts' } },
    async () => {
      // A read-only server shows what the writers recorded (every ingest records new matches).
      if (!options.readOnly) for (const w of await store.watchlists()) await store.refreshWatchlist(w.id);
      const items = await store.watchlists();
      return {
        items: items.map(({ webhookSecret: _secret, ...w }) => ({ ...w, filter: queryFromFilter(w.filter) })),
      };
    },
  );

  api.post<{ Body: WatchlistBody }>(
    '/watchlists',
    {
      schema: {
        tags: ['watchlists'],
        summary: 'Save a filter (country pair, person, type, quad, keyword…) as a watchlist',
        body: {
          type: 'object',
          required: ['name', 'filter'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 120 },
            filter: { ...filterQuerySchema, properties: { ...filterQuerySchema.properties } },
            webhookUrl: { type: 'string', pattern: '^https?://', maxLength: 2048 },
            webhookSecret: { type: 'string', minLength: 8, maxLength: 200 },
          },
        },
      },
    },
    async (request, reply) => {
      if (options.readOnly)
        return sendProblem(reply, problem(403, 'read-only', 'this server is read-only', request.url));
      const { name, filter, webhookUrl, webhookSecret } = request.body;
      if (webhookUrl !== undefined) {
        const refusal = options.webhooks
          ? options.webhooks.refusal(webhookUrl)
          : 'webhooks are not configured on this server';
        if (refusal) return sendProblem(reply, problem(400, 'webhook-refused', refusal, request.url));
      }
      const problems = filterQueryProblems(filter);
      if (problems.length > 0)
        return sendProblem(reply, validationProblem(prefixedFieldProblems(problems, 'filter.'), request.url));
      const created = await store.createWatchlist({
        name,
        filter: filterFromQuery(filter),
        webhookUrl: webhookUrl ?? null,
        webhookSecret: webhookSecret ?? null,
      });
      const { webhookSecret: _secret, ...shown } = created;
      return reply.code(201).send({ ...shown, filter: queryFromFilter(shown.filter) });
    },
  );

  api.get<{ Params: { id: number } }>(
    '/watchlists/:id/events',
    {
      schema: { tags: ['watchlists'], summary: 'Events a watchlist matched, newest first', params: idParams },
    },
    async (request, reply) => {
      if (!(await exists(request.params.id)))
        return sendProblem(
          reply,
          problem(404, 'not-found', `no watchlist ${request.params.id}`, request.url),
        );
      const events = await store.watchlistEvents(request.params.id, { refresh: !options.readOnly });
      return {
        items: events.map(({ row, read }) => ({
          articleId: row.articleId,
          eventId: row.event.id,
          title: row.title,
          event: row.event.event,
          date: row.event.date?.value ?? row.published,
          evidence: row.evidenceText,
          read,
        })),
      };
    },
  );

  api.post<{ Params: { id: number } }>(
    '/watchlists/:id/read',
    { schema: { tags: ['watchlists'], summary: 'Mark every event of a watchlist read', params: idParams } },
    async (request, reply) => {
      if (options.readOnly)
        return sendProblem(reply, problem(403, 'read-only', 'this server is read-only', request.url));
      return { read: await store.markWatchlistRead(request.params.id) };
    },
  );

  api.patch<{ Params: { id: number }; Body: { name: string } }>(
    '/watchlists/:id',
    {
      schema: {
        tags: ['watchlists'],
        summary: 'Rename a watchlist',
        params: idParams,
        body: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string', minLength: 1, maxLength: 120 } },
        },
      },
    },
    async (request, reply) => {
      if (options.readOnly)
        return sendProblem(reply, problem(403, 'read-only', 'this server is read-only', request.url));
      if (!(await store.renameWatchlist(request.params.id, request.body.name.trim())))
        return sendProblem(
          reply,
          problem(404, 'not-found', `no watchlist ${request.params.id}`, request.url),
        );
      return { id: request.params.id, name: request.body.name.trim() };
    },
  );

  api.delete<{ Params: { id: number } }>(
    '/watchlists/:id',
    { schema: { tags: ['watchlists'], summary: 'Delete a watchlist', params: idParams } },
    async (request, reply) => {
      if (options.readOnly)
        return sendProblem(reply, problem(403, 'read-only', 'this server is read-only', request.url));
      return { deleted: await store.deleteWatchlist(request.params.id) };
    },
  );
}

/**
 * The origin links are built on: the configured base URL, else the address the server listens on;
 * never the request's Host header, which a client chooses.
 */
function publicBaseUrl(app: FastifyInstance, options: ServerOptions): string {
  if (options.baseUrl) return options.baseUrl.replace(/\/+$/, '');
  const address = app.server.address();
  if (!address || typeof address === 'string') return 'http://localhost';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** `GET /watchlists/:id/feed.atom`: the watchlist's events as an Atom 1.0 feed. */
export function registerWatchlistFeed(app: FastifyInstance, options: ServerOptions): void {
  app.get<{ Params: { id: number } }>(
    '/watchlists/:id/feed.atom',
    { schema: { tags: ['watchlists'], summary: 'Atom feed of a watchlist', params: idParams } },
    async (request, reply) => {
      const { store } = options;
      const watchlist = (await store.watchlists()).find((w) => w.id === request.params.id);
      if (!watchlist)
        return sendProblem(
          reply,
          problem(404, 'not-found', `no watchlist ${request.params.id}`, request.url),
        );
      const base = publicBaseUrl(app, options);
      const events = (await store.watchlistEvents(watchlist.id, { refresh: !options.readOnly })).slice(
        0,
        200,
      );
      const day = (value: string | null | undefined) =>
        value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
      const entries = events.map(({ row }) => ({
        id: `urn:entente:event:${row.articleId}:${row.event.id}`,
        title: `${row.event.event} ${row.event.actor.map((a) => a.code).join('+')} → ${row.event.recipient.map((a) => a.code).join('+')}: ${row.title ?? row.articleId}`,
        link: `${base}/articles/${row.articleId}`,
        updated: day(row.event.date?.value) ?? day(row.published) ?? '1970-01-01',
        summary: row.evidenceText,
      }));
      const updated =
        entries
          .map((e) => e.updated)
          .sort()
          .at(-1) ?? '1970-01-01';
      const xml = renderAtomFeed(
        {
          id: `urn:entente:watchlist:${watchlist.id}`,
          title: `Entente — ${watchlist.name}`,
          selfLink: `${base}/watchlists/${watchlist.id}/feed.atom`,
          alternateLink: `${base}/watchlists`,
          updated,
        },
        entries,
      );
      return reply.type('application/atom+xml; charset=utf-8').send(xml);
    },
  );
}
