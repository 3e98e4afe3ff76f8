import type { Command } from 'commander';
import type { CountRow, StoreStats } from '../../store/article-store.js';
import {
  addFilterOptions,
  filterFromOptions,
  openStoreForReading,
  runStoreCommand,
  type FilterOptions,
} from './store-filters.js';
import { formatFailedJobs, listFailedJobs } from '../../queue/failed-jobs.js';
import { isPostgresUrl } from '../../store/postgres/open-database.js';

interface StatsOptions extends FilterOptions {
  format: 'table' | 'json';
}

function section(title: string, rows: CountRow[], limit: number): string {
  const shown = rows.slice(0, limit).map((row) => `  ${row.key.padEnd(12)} ${String(row.count).padStart(7)}`);
  const more = rows.length > limit ? [`  … ${rows.length - limit} more`] : [];
  return [title, ...(shown.length ? shown : ['  (none)']), ...more].join('\n');
}

/** The stats as readable text, with what the matching counts cover. */
export function formatStats(stats: StoreStats): string {
  const t = stats.totals;
  return [
    `store: pages ${t.pages}  articles ${t.articles} (${t.duplicates} duplicates)  events ${t.events}  stories ${t.stories}  entities ${t.entities}  commitments ${t.commitments}  errors ${t.errors}`,
    `matching the filter (${stats.coverage.description}): articles ${stats.matching.articles}  events ${stats.matching.events}`,
    section('events by dyad', stats.byDyad, 20),
    section('events by type', stats.byType, 20),
    section(
      'events by month',
      [...stats.byMonth].sort((a, b) => a.key.localeCompare(b.key)),
      36,
    ),
  ].join('\n\n');
}

/** `entente stats`: counts by dyad, type and month. */
export function registerStats(program: Command): void {
  const command = program
    .command('stats')
    .description(
      "Counts of stored events by country pair, PLOVER type and month: the store's totals, then what the filter matches (near-duplicate copies left out unless --duplicates).",
    );
  addFilterOptions(command, { sort: false, limit: false })
    .option('--format <format>', 'table | json', 'table')
    .addHelpText(
      'after',
      `
Examples:
  $ entente stats
  $ entente stats --country VNM --from 2021-01-01
  $ entente stats --type PROTEST --format json`,
    )
    .action(async (options: StatsOptions) =>
      runStoreCommand(async () => {
        const store = await openStoreForReading(options.db);
        try {
          const filter = filterFromOptions(options);
          const stats = await store.stats(filter);
          // A PostgreSQL store may have a job queue: its failed jobs are part of the picture.
          const failedJobs = isPostgresUrl(options.db) ? await listFailedJobs(options.db) : null;
          process.stdout.write(
            options.format === 'json'
              ? `${JSON.stringify(failedJobs ? { ...stats, failedJobs } : stats, null, 2)}\n`
              : `${formatStats(stats)}\n${failedJobs ? `\n${formatFailedJobs(failedJobs)}\n` : ''}`,
          );
          return 0;
        } finally {
          await store.close();
        }
      }),
    );
}
