import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildServer } from '../../server/app.js';
import { createIngestHandler } from '../../server/ingest-handler.js';
import { openStore } from '../../store/open-store.js';
import { DEFAULT_WEBHOOK_QUEUE_OPTIONS, WebhookQueue } from '../../watch/webhook-queue.js';
import { DB_OPTION } from './db-option.js';

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
}

/** Open the store and serve the API and web UI until the process is stopped; returns the address. */
export async function serve(options: ServeOptions): Promise<string> {
  const store = await openStore(options.db);
  const allowPrivate = Boolean(options.allowPrivate);
  const webhooks = new WebhookQueue(store, { ...DEFAULT_WEBHOOK_QUEUE_OPTIONS, allowPrivate });
  const app = await buildServer({
    store,
    version,
    readOnly: Boolean(options.readOnly),
    ingest: createIngestHandler(store, { allowPrivate, webhooks }),
    webhooks,
    webRoot: WEB_ROOT,
  });
  const address = await app.listen({ host: options.host, port: options.port });
  const close = () =>
    void app
      .close()
      .then(() => webhooks.close())
      .then(() => store.close())
      .finally(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return address;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the REST API (OpenAPI at /openapi.json, docs at /docs) and the web UI over a store.')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option('--host <host>', 'address to listen on (loopback by default)', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', (v) => Number.parseInt(v, 10), 8080)
    .option('--read-only', 'refuse every request that would change the store')
    .option(
      '--allow-private',
      'let POST /api/ingest fetch, and webhooks reach, private and loopback addresses',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ entente serve --db entente.db
  $ entente serve --port 0 --read-only`,
    )
    .action(async (options: ServeOptions) => {
      const address = await serve(options);
      process.stdout.write(`Entente is serving ${options.db} at ${address}  (API docs: ${address}/docs)\n`);
    });
}
