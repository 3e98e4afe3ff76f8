import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildServer } from '../../server/app.js';
import { createIngestHandler } from '../../server/ingest-handler.js';
import { loadOrCreateApiToken } from '../../server/security/api-token.js';
import { LOOPBACK_HOSTNAMES } from '../../server/security/request-guard.js';
import { openStore } from '../../store/open-store.js';
import { defaultReaderCount } from '../../store/sqlite/read-pool.js';
import { isPostgresUrl } from '../../store/postgres/open-database.js';
import { finishBackfillsInBackground } from './background-backfills.js';
import { DB_OPTION } from './db-option.js';
import { runStoreCommand } from './store-filters.js';
import { DEFAULT_WEBHOOK_QUEUE_OPTIONS, WebhookQueue } from '../../watch/webhook-queue.js';
import { listFailedJobs } from '../../queue/failed-jobs.js';

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface ServeOptions {
  db: string;
  host: string;
  port: number;
  readOnly?: boolean;
  allowPrivate?: boolean;
  /** False with `--no-auth`: writes need no token (loopback only). */
  auth?: boolean;
  baseUrl?: string;
  rateLimit?: number;
}

/** A running server: its address, what to print about write access, and how to stop it. */
export interface ServeResult {
  address: string;
  /** The API token and where it is kept, or that writes are refused or need none. */
  access: string;
  close(): Promise<void>;
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return LOOPBACK_HOSTNAMES.includes(host) || bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}

function usageError(message: string): Error {
  return Object.assign(new Error(message), { usage: true });
}

function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw usageError(`--base-url ${JSON.stringify(baseUrl)} is not a URL (e.g. https://entente.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw usageError(`--base-url must be http or https, not ${url.protocol}`);
  return url.origin;
}

/** Open the store and serve the API and web UI until the process is stopped. */
export async function serve(options: ServeOptions): Promise<ServeResult> {
  const loopback = isLoopbackHost(options.host);
  if (options.auth === false && !loopback)
    throw usageError(`--no-auth is only for loopback development; --host ${options.host} is not loopback`);
  if (!loopback && !options.baseUrl)
    throw usageError(
      `give --base-url (the address users reach, e.g. https://entente.example.org) when listening on ${options.host}`,
    );
  const baseUrl = options.baseUrl ? checkBaseUrl(options.baseUrl) : null;
  const readOnly = Boolean(options.readOnly);
  // One writer; searches, records and dossiers are read by a pool of read-only connections.
  const store = await openStore(options.db, { readonly: readOnly, readers: defaultReaderCount() });
  // A PostgreSQL URL has no folder: its token is kept in the current one.
  const tokenBeside = isPostgresUrl(options.db) ? 'entente-postgres' : options.db;
  const token = readOnly || options.auth === false ? null : loadOrCreateApiToken(tokenBeside);
  const allowPrivate = Boolean(options.allowPrivate);
  const webhooks = new WebhookQueue(store, { ...DEFAULT_WEBHOOK_QUEUE_OPTIONS, allowPrivate });
  const app = await buildServer({
    store,
    ...(isPostgresUrl(options.db) ? { failedJobs: () => listFailedJobs(options.db) } : {}),
    version,
    readOnly,
    apiToken: token?.token ?? null,
    baseUrl,
    ingest: createIngestHandler(store, { allowPrivate, webhooks }),
    webhooks,
    webRoot: WEB_ROOT,
    ...(options.rateLimit ? { rateLimitPerMinute: options.rateLimit } : {}),
  });
  const address = await app
    .listen({ host: options.host, port: options.port })
    .catch(async (error: NodeJS.ErrnoException) => {
      await app.close();
      await webhooks.close();
      await store.close();
      if (error.code !== 'EADDRINUSE') throw error;
      throw new Error(
        `port ${options.port} on ${options.host} is already in use (another Entente?): choose another with --port, e.g. --port ${options.port + 1} (through npm: npm start -- --port ${options.port + 1})`,
      );
    });
  // Migration 13's index of the articles stored before it, filled between the writer's jobs.
  const backfills = readOnly ? Promise.resolve() : finishBackfillsInBackground(store, options.db);
  const close = async () => {
    await app.close();
    await webhooks.close();
    await store.close();
    await backfills;
  };
  const access = readOnly
    ? 'read-only: every write is refused'
    : token
      ? `API token for writes (Authorization: Bearer …, the web UI sends it itself): ${token.token}\n  ${token.created ? 'generated and stored' : 'read from'} ${token.path}`
      : 'writes need no token (--no-auth, loopback only)';
  return { address, access, close };
}

/** Stop the server and exit on Ctrl-C or SIGTERM. */
export function closeOnSignals(server: ServeResult): void {
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw usageError(`expected a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the REST API (OpenAPI at /openapi.json, docs at /docs) and the web UI over a store.')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', (v) => Number.parseInt(v, 10), 8080)
    .option('--read-only', 'open the database read-only and refuse every request that would change it')
    .option('--no-auth', 'let writes through without the API token (loopback development only)')
    .option(
      '--base-url <url>',
      'public origin for links in feeds, and the host name accepted besides loopback',
    )
    .option('--rate-limit <n>', 'requests per minute per client address', positiveInteger, 6000)
    .option(
      '--allow-private',
      'let POST /api/ingest fetch, and webhooks reach, private and loopback addresses',
    )
    .addHelpText(
      'after',
      `
Writes (POST /api/ingest, watchlists) need the API token: generated on first start, printed, and
kept beside the database in <db>.api-token (mode 0600). The web UI served here sends it itself.
  $ curl -H "Authorization: Bearer $(cat entente.db.api-token)" -H 'content-type: application/json' \\
      -d '{"url":"https://example.org/news/1"}' http://127.0.0.1:8080/api/ingest
Requests must name this host (loopback names, or the --base-url host); browsers' cross-origin writes are refused.

Examples:
  $ entente serve --db entente.db
  $ entente serve --port 0 --read-only
  $ entente serve --host 0.0.0.0 --base-url https://entente.example.org`,
    )
    .action(async (options: ServeOptions) =>
      runStoreCommand(async () => {
        const server = await serve(options);
        closeOnSignals(server);
        const { address, access } = server;
        process.stdout.write(
          `Entente is serving ${options.db} at ${address}  (API docs: ${address}/docs)\n  ${access}\n`,
        );
        return 0;
      }),
    );
}
