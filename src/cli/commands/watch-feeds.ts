import type { Command } from 'commander';
import { requirePostgres } from '../../queue/job-queue.js';
import { DEFAULT_POLL_MINUTES, watchFeeds } from '../../queue/watch-feeds.js';
import { runStoreCommand } from './store-filters.js';

interface WatchFeedsCliOptions {
  db?: string;
  every?: number;
  pollNow?: boolean;
  stop?: boolean;
}

/** `entente watch-feeds`: the feeds the workers poll on a schedule kept in PostgreSQL. */
export function registerWatchFeeds(program: Command): void {
  program
    .command('watch-feeds')
    .description(
      'Poll RSS/Atom/JSON feeds on a schedule: the workers enqueue each new item once (PostgreSQL queue).',
    )
    .argument('[feeds...]', 'feed URLs to add to the watched list (none: show or change the schedule)')
    .option('--db <url>', 'the PostgreSQL database holding the store and the queue (postgres://…)')
    .option(
      '--every <minutes>',
      `polling interval: minutes dividing an hour or whole hours dividing a day (default ${DEFAULT_POLL_MINUTES} when none is set)`,
      (value) => Number(value),
    )
    .option('--poll-now', 'poll every watched feed now as well (new feeds are polled at once anyway)')
    .option('--stop', 'remove the schedule (the list of feeds stays)')
    .addHelpText(
      'after',
      `
Examples:
  $ entente watch-feeds https://example.org/rss.xml https://example.net/atom.xml --db postgres://postgres@db/entente
  $ entente watch-feeds --every 30 --db postgres://postgres@db/entente
  $ entente watch-feeds --poll-now --db postgres://postgres@db/entente
  $ entente worker --db postgres://postgres@db/entente        # polls on the schedule, fetches the items

The list and the schedule live in PostgreSQL; every running \`entente worker\` keeps the clock, and
one poll is sent per tick however many workers run. A poll fetches each feed (a 304 when unchanged)
and sends a job for each item never enqueued before, once across all workers. Without a running
worker nothing is polled.`,
    )
    .action(async (feeds: string[], options: WatchFeedsCliOptions) =>
      runStoreCommand(async () => {
        const db = options.db ?? '';
        requirePostgres(db, 'watch-feeds');
        if (options.every !== undefined && !Number.isFinite(options.every))
          throw Object.assign(new Error('--every takes a number of minutes'), { usage: true });
        const result = await watchFeeds(db, {
          feeds,
          ...(options.every !== undefined ? { everyMinutes: options.every } : {}),
          pollNow: options.pollNow === true,
          stop: options.stop === true,
        });
        const lines = [
          `watched feeds: ${result.feeds.length}${result.added ? ` (${result.added} added)` : ''}`,
          ...result.feeds.map((feed) => `  ${feed}`),
          result.cron ? `schedule: ${result.cron} (UTC)` : 'schedule: none',
        ];
        if (result.polledNow) lines.push('poll sent: a worker fetches the feeds now');
        process.stdout.write(`${lines.join('\n')}\n`);
        return 0;
      }),
    );
}
