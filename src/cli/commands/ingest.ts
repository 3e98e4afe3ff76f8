import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ProgressReporter } from '../../ingest/ingest-progress.js';
import { errorTotal } from '../../ingest/ingest-progress.js';
import { defaultWorkerCount } from '../../ingest/analysis-pool.js';
import { formatIngestSummary, runIngest } from '../../ingest/ingest-run.js';
import { openStore } from '../../store/open-store.js';
import { notifyWatchlists } from '../../watch/notify-watchlists.js';
import { DEFAULT_WEBHOOK_QUEUE_OPTIONS, WebhookQueue } from '../../watch/webhook-queue.js';
import { runStoreCommand } from './store-filters.js';
import { DB_OPTION } from './db-option.js';
import { addFetchOptions, fetcherOptionsFrom, type FetchCliOptions } from './fetch-options.js';

interface IngestCliOptions extends FetchCliOptions {
  db: string;
  include: string[];
  exclude: string[];
  urlList?: string;
  workers: number;
  asOf?: string;
  quiet?: boolean;
}

const int = (value: string) => Number.parseInt(value, 10);
const collect = (value: string, previous: string[]) => [...previous, value];

async function urlListInputs(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8'))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** `entente ingest`: sources into the SQLite store, idempotently. */
export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description(
      'Extract, analyse and store pages from files, folders, stdin, RSS/Atom/JSON feeds, WARC archives and URLs (idempotent, resumable).',
    )
    .argument(
      '[sources...]',
      'files, folders (recursive), - for stdin, feed files or URLs, .warc/.warc.gz, http(s) URLs',
    )
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option(
      '--include <glob>',
      'only files whose path (relative to the folder) matches; repeatable',
      collect,
      [],
    )
    .option('--exclude <glob>', 'skip files whose path matches; repeatable', collect, [])
    .option('--url-list <file>', 'a file with one URL per line (# comments)')
    .option(
      '--workers <n>',
      "analysis worker threads (0: main thread; default: one per core but the writer's)",
      int,
      defaultWorkerCount(),
    );
  addFetchOptions(command)
    .option(
      '--as-of <day>',
      'judge commitments overdue against this day (default: latest article date in the store)',
    )
    .option('--quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Examples:
  $ entente ingest samples/ --db entente.db
  $ entente ingest dumps/ --include '*.html' --exclude 'drafts/**'
  $ entente ingest https://example.org/rss.xml --db news.db
  $ entente ingest crawl.warc.gz --workers 2
  $ entente ingest --url-list urls.txt --host-interval 2000
  $ cat page.html | entente ingest - --db entente.db

Re-running on the same inputs adds nothing (pages are keyed by content hash); a run that was
killed resumes where it stopped. Exit code: 0 when every item was stored, 1 when some failed
(see the errors table and the summary) or the database cannot be written, 2 on usage errors.`,
    )
    .action(async (sources: string[], options: IngestCliOptions) =>
      runStoreCommand(async () => {
        const inputs = [...sources, ...(options.urlList ? await urlListInputs(options.urlList) : [])];
        if (inputs.length === 0)
          throw Object.assign(new Error('give at least one source or --url-list'), { usage: true });
        const store = await openStore(options.db);
        try {
          const summary = await runIngest(store, inputs, {
            include: options.include,
            exclude: options.exclude,
            workers: options.workers,
            maxBytes: options.maxBytes,
            fetch: fetcherOptionsFrom(options),
            ...(options.asOf ? { asOf: options.asOf } : {}),
            progress: options.quiet ? null : new ProgressReporter(process.stderr),
          });
          process.stderr.write(`${formatIngestSummary(summary)}\n`);
          const webhooks = new WebhookQueue(store, {
            ...DEFAULT_WEBHOOK_QUEUE_OPTIONS,
            allowPrivate: options.allowPrivate === true,
          });
          const notices = await notifyWatchlists(store, webhooks);
          await webhooks.close();
          for (const notice of notices) {
            if (notice.newEvents === 0) continue;
            const sent = webhooks.tally.get(notice.watchlistId);
            process.stderr.write(
              `watchlist #${notice.watchlistId}: ${notice.newEvents} new event(s)` +
                (sent ? `, webhook ${sent.delivered} delivered, ${sent.failed} failed` : '') +
                '\n',
            );
          }
          return errorTotal(summary) > 0 ? 1 : 0;
        } finally {
          await store.close();
        }
      }),
    );
}
