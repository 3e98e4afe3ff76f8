import type { Command } from 'commander';
import { isPostgresUrl } from '../../store/postgres/open-database.js';
import { copySqliteToPostgres, type CopyProgress } from '../../store/postgres/copy-from-sqlite.js';
import { runStoreCommand } from './store-filters.js';

interface MigrateCliOptions {
  from?: string;
  to?: string;
  quiet?: boolean;
}

/** Progress lines on stderr: one per table when it ends, and at most one every 2 s within it. */
function progressPrinter(): (progress: CopyProgress) => void {
  let lastAt = 0;
  return ({ table, copied, total }) => {
    const now = Date.now();
    if (copied < total && now - lastAt < 2000) return;
    lastAt = now;
    const share = total ? ` (${Math.floor((copied / total) * 100)}%)` : '';
    process.stderr.write(
      `${table}: ${copied.toLocaleString('en')} / ${total.toLocaleString('en')} rows${share}\n`,
    );
  };
}

/** `entente migrate`: move a SQLite store up to PostgreSQL. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Copy a SQLite store into PostgreSQL (resumable; row counts checked at the end).')
    .option('--from <file>', 'the SQLite store to copy (read only; it must be at the current schema)')
    .option('--to <url>', 'an empty PostgreSQL database (postgres://user@host/name)')
    .option('--quiet', 'no progress lines')
    .addHelpText(
      'after',
      `
Examples:
  $ createdb -h db.example.org -U postgres entente
  $ entente migrate --from entente.db --to postgres://postgres@db.example.org/entente

Every table is copied as it is (ids, stories, duplicates, commitment statuses, watchlists, errors);
the PostgreSQL search index is built on the way. Each chunk of rows is committed with the copy's
position, so a run that was stopped resumes where it stopped when run again with the same
arguments. The target must be empty (or hold an unfinished copy of the same file). Exit code 0
when every table has as many rows on both sides, 1 otherwise (the counts are printed), 2 on
usage errors.`,
    )
    .action(async (options: MigrateCliOptions) =>
      runStoreCommand(async () => {
        if (!options.from || !options.to)
          throw Object.assign(new Error('give both --from <file.db> and --to <postgres://…>'), {
            usage: true,
          });
        if (!isPostgresUrl(options.to))
          throw Object.assign(new Error(`--to takes a PostgreSQL URL (postgres://…), not ${options.to}`), {
            usage: true,
          });
        if (isPostgresUrl(options.from))
          throw Object.assign(new Error('--from takes a SQLite file'), { usage: true });
        const result = await copySqliteToPostgres(options.from, options.to, {
          ...(options.quiet ? {} : { onProgress: progressPrinter() }),
        });
        const lines = result.counts.map(
          (c) =>
            `  ${c.table.padEnd(20)} ${String(c.source).padStart(10)} ${String(c.target).padStart(10)}${c.source === c.target ? '' : '  MISMATCH'}`,
        );
        process.stdout.write(
          `${['table                    sqlite postgresql', ...lines].join('\n')}\n` +
            (result.ok
              ? `copied: every table has the same row count${result.resumed ? ' (resumed an earlier run)' : ''}\n`
              : 'copy incomplete: some tables differ (see MISMATCH); run again to resume\n'),
        );
        return result.ok ? 0 : 1;
      }),
    );
}
