import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { cameoTsvHeader, cameoTsvRows } from '../../export/cameo-tsv.js';
import { eventCsvHeader, eventCsvRow } from '../../export/event-csv.js';
import { toPloverRecord } from '../../export/plover-json.js';
import type { ArticleStore, ArticleFilter } from '../../store/article-store.js';
import {
  addFilterOptions,
  filterFromOptions,
  openStoreForReading,
  runStoreCommand,
  type FilterOptions,
} from './store-filters.js';

const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'cameo-tsv'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportOptions extends FilterOptions {
  format: ExportFormat;
  out?: string;
}

/** Lines of an export: article records (jsonl) or one line per counted event (csv, plover, cameo-tsv). */
export async function* exportLines(
  store: ArticleStore,
  format: ExportFormat,
  filter: ArticleFilter,
): AsyncGenerator<string> {
  if (format === 'jsonl') {
    for await (const record of store.articleRecords(filter)) yield `${JSON.stringify(record)}\n`;
    return;
  }
  if (format === 'csv') yield eventCsvHeader();
  if (format === 'cameo-tsv') yield cameoTsvHeader();
  for await (const row of store.eventRows(filter)) {
    if (format === 'csv') yield eventCsvRow(row);
    else if (format === 'plover') yield `${JSON.stringify(toPloverRecord(row.record, row.event))}\n`;
    else yield cameoTsvRows({ ...row.record, events: [row.event] });
  }
}

/** `entente export`: stored articles or events in an exchange format. */
export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description(
      'Export stored articles (jsonl) or events (csv, plover, cameo-tsv), with the same filters as query.',
    );
  addFilterOptions(command)
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'jsonl')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ entente export --format jsonl > articles.jsonl
  $ entente export --format csv --countries VNM,RUS --from 2021-01-01 -o vnm-rus.csv
  $ entente export --format plover --type AGREE
  $ entente export --format cameo-tsv --quad 4 > conflict.tsv

Near-duplicate copies and the events they repeat are left out unless --include-duplicates.`,
    )
    .action(async (options: ExportOptions) =>
      runStoreCommand(async () => {
        if (!EXPORT_FORMATS.includes(options.format)) {
          throw Object.assign(new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`), {
            usage: true,
          });
        }
        const store = openStoreForReading(options.db);
        const sink: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
        // A reader that stops early (`| head`) closes the pipe: stop writing instead of crashing.
        let closed = false;
        sink.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
          closed = true;
        });
        try {
          for await (const line of exportLines(store, options.format, filterFromOptions(options))) {
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
