import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { ArticleStore } from '../store/article-store.js';
import { problem, problemErrorHandler, sendProblem } from './problem.js';
import { DossierCache } from './dossier.js';
import { registerApiRoutes } from './routes/api-routes.js';
import { registerDuplicateRoutes } from './routes/duplicate-routes.js';
import { registerExportRoute } from './routes/export-route.js';
import { registerIngestRoute, type IngestHandler } from './routes/ingest-route.js';
import { registerWatchlistFeed, registerWatchlistRoutes } from './routes/watchlist-routes.js';
import { registerWebRoutes } from './routes/web-routes.js';
import { LOOPBACK_HOSTNAMES, registerRequestGuard } from './security/request-guard.js';
import { registerSecurityHeaders } from './security/security-headers.js';
import { registerStrictBodyTypes } from './strict-body.js';
import type { WebhookQueue } from '../watch/webhook-queue.js';
import type { FailedJob } from '../queue/failed-jobs.js';

export interface ServerOptions {
  store: ArticleStore;
  version: string;
  /** Refuse every request that would change the store. */
  readOnly?: boolean;
  /** Token every write request must carry (`Authorization: Bearer`); null only for loopback development. */
  apiToken: string | null;
  /**
   * The server's public origin (`https://entente.example.org`): links in feeds are built on it and
   * its host name is accepted besides the loopback names. Default: the address it listens on.
   */
  baseUrl?: string | null;
  /** How `POST /ingest` stores a page or URL; without it the route answers 503. */
  ingest?: IngestHandler;
  /** Checks and delivers watchlist webhooks; without it watchlists cannot have one. */
  webhooks?: WebhookQueue;
  /** Jobs of the PostgreSQL queue that kept failing (GET /api/jobs/failed); none without a queue. */
  failedJobs?: () => Promise<FailedJob[]>;
  /** Folder of the built web UI; without it only the API is served. */
  webRoot?: string | null;
  /** Requests per minute per client address. */
  rateLimitPerMinute?: number;
  /** How long a dossier is kept (ms); 0 computes each request's (benchmarks measure both). */
  dossierCacheMs?: number;
  /** Largest accepted request body, bytes. */
  bodyLimit?: number;
  logger?: boolean;
}

/** Assemble the HTTP server: API routes with JSON schemas, OpenAPI, web UI. CORS stays off. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true } },
  });
  app.setErrorHandler(problemErrorHandler);
  registerStrictBodyTypes(app);
  registerSecurityHeaders(app);
  const baseHostname = options.baseUrl ? new URL(options.baseUrl).host.replace(/:\d+$/, '') : null;
  registerRequestGuard(app, {
    apiToken: options.apiToken,
    allowedHostnames: new Set([...LOOPBACK_HOSTNAMES, ...(baseHostname ? [baseHostname.toLowerCase()] : [])]),
  });
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 6000,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      ...problem(429, 'rate-limited', `more than ${context.max} requests in ${context.after}`),
      statusCode: 429,
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Entente API',
        version: options.version,
        description: 'Diplomatic events, persons and commitments extracted from news pages, with evidence.',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const dossiers = new DossierCache(options.store, options.dossierCacheMs);
  // Whatever this server ingests shows in the next dossier.
  const ingest = options.ingest;
  const serverOptions: ServerOptions = ingest
    ? {
        ...options,
        ingest: async (request) => {
          try {
            return await ingest(request);
          } finally {
            dossiers.clear();
          }
        },
      }
    : options;
  await app.register(
    async (api) => {
      registerApiRoutes(api, serverOptions, dossiers);
      registerIngestRoute(api, serverOptions);
      registerDuplicateRoutes(api, options);
      registerExportRoute(api, options);
      registerWatchlistRoutes(api, options);
    },
    { prefix: '/api' },
  );
  registerWatchlistFeed(app, options);
  const servesWeb = options.webRoot
    ? await registerWebRoutes(app, options.webRoot, options.readOnly ? null : options.apiToken)
    : false;
  if (!servesWeb) {
    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        reply,
        problem(404, 'not-found', `no route for ${request.method} ${request.url.split('?')[0]}`),
      ),
    );
  }
  return app;
}
