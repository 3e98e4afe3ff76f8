import type { Command } from 'commander';
import { requirePostgres } from '../../queue/job-queue.js';
import { runWorker } from '../../queue/worker.js';
import { addFetchOptions, fetcherOptionsFrom, type FetchCliOptions } from './fetch-options.js';
import { runStoreCommand } from './store-filters.js';

const int = (value: string) => Number.parseInt(value, 10);

interface WorkerCliOptions extends FetchCliOptions {
  db?: string;
  concurrency: number;
  exitWhenIdle?: boolean;
  quiet?: boolean;
}

/** `entente worker`: take jobs from the PostgreSQL queue until stopped (or idle). */
export function registerWorker(program: Command): void {
  const command = program
    .command('worker')
    .description(
      'Take jobs from the PostgreSQL queue: fetch, extract, analyse and store (any number of workers, on any machines).',
    )
    .option('--db <url>', 'the PostgreSQL database holding the store and the queue (postgres://…)')
    .option('--concurrency <n>', 'jobs handled at once (one analysis thread each)', int, 1)
    .option('--exit-when-idle', 'stop once no job is queued, retrying or running anywhere');
  addFetchOptions(command, 'across all workers')
    .option('--quiet', 'no line per job')
    .addHelpText(
      'after',
      `
Examples:
  $ entente worker --db postgres://postgres@db/entente --concurrency 2
  $ entente worker --db postgres://postgres@db/entente --exit-when-idle

A failing job is retried with backoff (1, 2, 4, 8 s); then it stays failed, listed with its error
by \`entente stats\` and GET /api/jobs/failed. SIGTERM or SIGINT: the jobs in hand finish, then the
worker exits; a killed worker's jobs are retried once their timeout passes.`,
    )
    .action(async (options: WorkerCliOptions) =>
      runStoreCommand(async () => {
        const db = options.db ?? '';
        requirePostgres(db, 'worker');
        const stopSignal = new Promise<void>((resolve) => {
          process.once('SIGTERM', () => resolve());
          process.once('SIGINT', () => resolve());
        });
        const summary = await runWorker({
          db,
          concurrency: options.concurrency,
          exitWhenIdle: options.exitWhenIdle === true,
          maxBytes: options.maxBytes,
          fetch: fetcherOptionsFrom(options),
          stopSignal,
          onJob: options.quiet
            ? undefined
            : (job, result) => {
                const name = job.kind === 'file' ? job.path : job.url;
                const outcome =
                  result instanceof Error
                    ? `failed: ${result.message.split('\n')[0]}`
                    : `${result.stored}/${result.pages} page(s) stored, ${result.articles} article(s)`;
                process.stderr.write(`${name}: ${outcome}\n`);
              },
        });
        process.stdout.write(
          `jobs: ${summary.jobs} done, ${summary.failed} failed attempt(s); pages: ${summary.pages} (${summary.stored} stored), articles: ${summary.articles}\n`,
        );
        return 0;
      }),
    );
}
