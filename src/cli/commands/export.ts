import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportLines, type ExportFormat } from '../../export/export-lines.js';
import { DATE_FORMATS, type DateFormat } from '../../export/gdelt-date.js';
import {
  addFilterOptions,
  filterFromOptions,
  openStoreForReading,
  runStoreCommand,
  type FilterOptions,
} from './store-filters.js';

interface ExportOptions extends FilterOptions {
  format: ExportFormat;
  dateFormat: DateFormat;
  out?: string;
}

/** `entente export`: stored articles or events in an exchange format. */
export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description(
      'Export stored articles (jsonl) or events (csv, plover, cameo-tsv), with the same filters as query.',
    );
  addFilterOptions(command, { sort: false, limit: true })
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'jsonl')
    .option(
      '--date-format <format>',
      'dates of csv and cameo-tsv: edtf (as stored) or yyyymmdd (GDELT style, with a year-known column)',
      'edtf',
    )
    .option('-o, --out <file>', 'write to a file instead of stdout (its folder is created)')
    .addHelpText(
      'after',
      `
Examples:
  $ entente export --format jsonl > articles.jsonl
  $ entente export --format csv --country VNM,RUS --from 2021-01-01 -o vnm-rus.csv
  $ entente export --format plover --type AGREE
  $ entente export --format cameo-tsv --quad 4 > conflict.tsv

Near-duplicate copies and the events they repeat are left out unless --duplicates; teasers unless --teasers; events with an
unknown side unless --partial.`,
    )
    .action(async (options: ExportOptions) =>
      runStoreCommand(async () => {
        if (!DATE_FORMATS.includes(options.dateFormat))
          throw Object.assign(
            new Error(`--date-format must be one of ${DATE_FORMATS.join(', ')} (got ${options.dateFormat})`),
            {
              usage: true,
            },
          );
        if (!EXPORT_FORMATS.includes(options.format)) {
          throw Object.assign(
            new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got ${options.format})`),
            {
              usage: true,
            },
          );
        }
        const store = await openStoreForReading(options.db);
        if (options.out) mkdirSync(dirname(options.out), { recursive: true });
        const sink: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
        // A reader that stops early (`| head`) closes the pipe: stop writing instead of crashing.
        let closed = false;
        sink.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
          closed = true;
        });
        try {
          for await (const line of exportLines(
            store,
            options.format,
            filterFromOptions(options),
            options.dateFormat,
          )) {
            if (closed) break;
            if (!sink.write(line)) {
              await new Promise<void>((resolve) => {
                sink.once('drain', resolve);
                sink.once('error', () => resolve());
              });
            }
          }
        } finally {
          await store.close();
          if (sink !== process.stdout) await new Promise<void>((resolve) => sink.end(() => resolve()));
        }
        return 0;
      }),
    );
}
