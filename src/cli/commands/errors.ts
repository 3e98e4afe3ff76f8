import type { Command } from 'commander';
import { openStoreForReading, runStoreCommand } from './store-filters.js';
import { DB_OPTION } from './db-option.js';

interface ErrorsOptions {
  db: string;
  code?: string;
  limit: string;
  format: 'table' | 'jsonl';
}

/** `entente errors`: the per-document errors the store kept, each with the input it names. */
export function registerErrors(program: Command): void {
  program
    .command('errors')
    .description('List the stored per-document errors (unreadable files, failed fetches…) with their input.')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option('--code <code>', 'only this error code: READ, FETCH, BLOCKED, PARSE… (see the README)')
    .option('--limit <n>', 'at most this many', '200')
    .option('--format <format>', 'table | jsonl', 'table')
    .addHelpText(
      'after',
      `
Examples:
  $ entente errors --db entente.db
  $ entente errors --code FETCH --format jsonl`,
    )
    .action(async (options: ErrorsOptions) =>
      runStoreCommand(async () => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw Object.assign(
            new Error(`--limit must be a whole number of at least 1 (got ${options.limit})`),
            {
              usage: true,
            },
          );
        if (!['table', 'jsonl'].includes(options.format))
          throw Object.assign(new Error('--format must be table or jsonl'), { usage: true });
        const store = await openStoreForReading(options.db);
        try {
          const errors = await store.ingestErrors({
            ...(options.code ? { code: options.code.toUpperCase() } : {}),
            limit,
          });
          for (const error of errors)
            process.stdout.write(
              options.format === 'jsonl'
                ? `${JSON.stringify(error)}\n`
                : `${error.code.padEnd(11)} ${error.uri}  ${error.message}\n`,
            );
          process.stderr.write(`${errors.length} error(s)\n`);
          return 0;
        } finally {
          await store.close();
        }
      }),
    );
}
