import type { Command } from 'commander';
import { PostgresArticleStore } from '../../store/postgres/postgres-store.js';
import { enqueueSources } from '../../queue/enqueue.js';
import { openQueue, requirePostgres } from '../../queue/job-queue.js';
import { DB_OPTION } from './db-option.js';
import { runStoreCommand } from './store-filters.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `entente enqueue`: sources into pg-boss jobs for `entente worker`. */
export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description(
      'Turn sources into jobs on the PostgreSQL queue, for any number of `entente worker` processes.',
    )
    .argument('<sources...>', 'files, folders (one job per file), feed files, .warc/.warc.gz, http(s) URLs')
    .option(DB_OPTION.flags, 'the PostgreSQL database holding the store and the queue (postgres://…)')
    .option(
      '--include <glob>',
      'only files whose path (relative to the folder) matches; repeatable',
      collect,
      [],
    )
    .option('--exclude <glob>', 'skip files whose path matches; repeatable', collect, [])
    .option('--job-timeout <s>', 'seconds a job may run before it counts as abandoned and is retried', (v) =>
      Number.parseInt(v, 10),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ entente enqueue samples/ --db postgres://postgres@db/entente
  $ entente enqueue crawl.warc.gz https://example.org/news/1.html --db postgres://postgres@db/entente

Workers read files at the paths given here (made absolute): on several machines, use a shared
volume. A page is stored once whatever the number of jobs naming it (content hash).`,
    )
    .action(
      async (
        sources: string[],
        options: { db?: string; include: string[]; exclude: string[]; jobTimeout?: number },
      ) =>
        runStoreCommand(async () => {
          const db = options.db ?? '';
          requirePostgres(db, 'enqueue');
          // Opening the store once for writing migrates it before any worker starts.
          await (await PostgresArticleStore.open(db)).close();
          const boss = await openQueue(
            db,
            options.jobTimeout ? { jobTimeoutSeconds: options.jobTimeout } : {},
          );
          try {
            const sent = await enqueueSources(boss, sources, options);
            process.stdout.write(`enqueued ${sent} job(s)\n`);
          } finally {
            await boss.stop({ graceful: false, wait: true });
          }
          return 0;
        }),
    );
}
