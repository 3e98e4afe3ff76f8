import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { analyzeRecords } from '../../pipeline/analyze.js';
import { extractPage, errorRecord, DEFAULT_EXTRACT_OPTIONS } from '../../extract/extract-page.js';
import { makePage } from '../../ingest/page.js';
import { readInputs } from '../../ingest/read-inputs.js';
import type { OutputRecord } from '../../records/article.js';
import { OUTPUT_FORMATS, recordWriter, type OutputFormat } from '../../export/output-format.js';
import { formatSummaryLine } from '../summary.js';

export interface ExtractRunOptions {
  out?: string;
  maxBytes: number;
  analyze: boolean;
  summary: boolean;
  format?: OutputFormat;
}

/** Extract every input and write JSONL; returns the number of inputs that failed. */
export async function runExtract(inputs: string[], options: ExtractRunOptions): Promise<number> {
  if (options.out) mkdirSync(dirname(options.out), { recursive: true });
  const sink: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
  const write = recordWriter(options.format ?? 'jsonl');
  let failed = 0;
  for await (const item of readInputs(inputs, options.maxBytes)) {
    let records: OutputRecord[];
    if ('skipped' in item) {
      process.stderr.write(`skipped ${item.uri}: ${item.skipped}\n`);
      continue;
    }
    if ('error' in item) {
      records = [
        errorRecord(
          makePage(item.uri, new Uint8Array()),
          'text',
          /binary/.test(item.error) ? 'UNSUPPORTED' : 'FETCH',
          `cannot read input: ${item.error}`,
        ),
      ];
    } else {
      records = extractPage(item.page, { maxBytes: options.maxBytes });
      if (options.analyze) records = analyzeRecords(records);
    }
    for (const record of records) {
      if (record.kind === 'error') {
        failed++;
        process.stderr.write(`error ${record.error.code}: ${record.error.message}\n`);
      }
      if (options.summary && record.kind !== 'error') process.stderr.write(`${formatSummaryLine(record)}\n`);
      if (!sink.write(write(record)))
        await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
    }
  }
  if (sink !== process.stdout) await new Promise<void>((resolve) => sink.end(() => resolve()));
  return failed;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'Segment pages (text dumps, HTML) into entente/article@1 JSONL records: main article first, then teasers.',
    )
    .argument('<inputs...>', 'files, directories (recursive) or - for stdin')
    .option('-o, --out <file>', 'write to a file instead of stdout (its folder is created)')
    .option(
      '--max-bytes <n>',
      'refuse pages larger than this (TOO_LARGE)',
      (v) => Number.parseInt(v, 10),
      DEFAULT_EXTRACT_OPTIONS.maxBytes,
    )
    .option('--no-analyze', 'segmentation only: leave language, entities, dates and events empty')
    .option('--summary', 'print one readable line per article on stderr')
    .option(
      '--format <format>',
      `output: ${OUTPUT_FORMATS.join(' | ')} (PLOVER JSON / CAMEO TSV: one line per event)`,
      'jsonl',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ entente extract ../shared/seeds/004_d5523bf254681253.txt
  $ entente extract samples/ --out out/samples.jsonl --summary
  $ cat page.html | entente extract -
  $ entente extract ../shared/seeds/ --format plover
  $ entente extract ../shared/seeds/ --format cameo-tsv --out events.tsv

In a folder, only pages are read: JSON lines, Markdown, README and other data files are
skipped with a note on stderr, binary files are errors. Exit code: 0 when every input gave records, 1 when some failed (their error records are
still written), 2 on usage errors.`,
    )
    .action(async (inputs: string[], opts: ExtractRunOptions) => {
      if (!OUTPUT_FORMATS.includes(opts.format ?? 'jsonl')) {
        process.stderr.write(`unknown --format ${opts.format}; use ${OUTPUT_FORMATS.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      const failed = await runExtract(inputs, opts);
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
