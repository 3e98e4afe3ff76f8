import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { defaultWorkerCount } from '../../ingest/analysis-pool.js';
import { isPostgresUrl } from '../../store/postgres/open-database.js';

/** `entente bench <task>`: throughput and memory benchmarks; each task registers itself here. */
export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('Benchmarks that print throughput (pages/s, MB/s) and peak RSS.')
    .addHelpText(
      'after',
      '\nExamples:\n  $ entente bench extract --limit 20\n  $ entente bench ingest --corpus real --pages 2000',
    );
  bench
    .command('ingest')
    .description(
      'Ingest N generated pages (worker pool + one writer): pages/s, MB/s, peak RSS, query p50/p95, ratio to Readability.',
    )
    .option('--pages <n>', 'pages to generate and ingest', (v) => Number.parseInt(v, 10), 10_000)
    .addOption(
      new Option(
        '--corpus <kind>',
        'synthetic: ~3 KB generated dispatches; real: real HTML pages (~100 KB) with perturbed text, made on the fly',
      )
        .choices(['synthetic', 'real'])
        .default('synthetic'),
    )
    .option(
      '--real-from <folders...>',
      'folders of real HTML pages (.html, .html.gz) the real corpus is made from',
      ['../shared/data/extraction/html', 'samples/html'],
    )
    .option(
      '--workers <n>',
      "analysis worker threads (default: one per core but the writer's)",
      (v) => Number.parseInt(v, 10),
      defaultWorkerCount(),
    )
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 1)
    .option('--queries <n>', 'queries to time', (v) => Number.parseInt(v, 10), 400)
    .option('--readability-pages <n>', 'pages Readability is timed on', (v) => Number.parseInt(v, 10), 5000)
    .option('--keep', 'keep the generated pages and database')
    .action(
      async (options: {
        pages: number;
        workers: number;
        seed: number;
        queries: number;
        readabilityPages: number;
        corpus: 'synthetic' | 'real';
        realFrom: string[];
        keep?: boolean;
      }) => {
        // Loaded when run, so the measured process carries only what ingest needs.
        const { benchIngest, formatIngestBench } = await import('../../bench/ingest-bench.js');
        const { realFrom, ...rest } = options;
        const report = await benchIngest({ ...rest, realFolders: realFrom, keep: options.keep === true });
        process.stdout.write(`${formatIngestBench(report)}\n`);
      },
    );
  bench
    .command('stages')
    .description(
      "Where a real-size page's CPU goes: decode, extraction, language, syntax, entities, dates, events, MinHash and store writes, timed stage by stage on one thread.",
    )
    .option('--pages <n>', 'real-size pages to generate and analyse', (v) => Number.parseInt(v, 10), 300)
    .option(
      '--real-from <folders...>',
      'folders of real HTML pages (.html, .html.gz) the pages are made from',
      ['../shared/data/extraction/html', 'samples/html'],
    )
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 1)
    .option('--batch <n>', 'pages written per transaction', (v) => Number.parseInt(v, 10), 32)
    .action(async (options: { pages: number; seed: number; realFrom: string[]; batch: number }) => {
      const { benchStages, formatStageBench } = await import('../../bench/ingest-stages.js');
      const { realFrom, ...rest } = options;
      process.stdout.write(`${formatStageBench(await benchStages({ ...rest, realFolders: realFrom }))}\n`);
    });
  bench
    .command('api')
    .description(
      'Load the HTTP API on loopback with autocannon: every read route with and without response caches (latency percentiles, req/s, errors) and the store size.',
    )
    .option(
      '--db <file|url>',
      'an existing database, a SQLite file or a PostgreSQL URL (default: generate one from --pages synthetic pages)',
    )
    .option(
      '--pages <n>',
      'synthetic pages to generate when no --db is given',
      (v) => Number.parseInt(v, 10),
      5000,
    )
    .option(
      '--duration <s>',
      'seconds per route and mode (cached, uncached)',
      (v) => Number.parseInt(v, 10),
      10,
    )
    .option('--connections <n>', 'concurrent connections', (v) => Number.parseInt(v, 10), 50)
    .option(
      '--routes <names>',
      'routes to load, comma-separated: words, person, words+pair, events, dossier, article (default: all)',
    )
    .action(
      async (options: {
        db?: string;
        pages: number;
        duration: number;
        connections: number;
        routes?: string;
      }) => {
        const { benchApi } = await import('../../bench/api-bench.js');
        const report = await benchApi({
          ...(options.db ? { db: options.db } : {}),
          ...(options.routes ? { routes: options.routes.split(',') } : {}),
          pages: options.pages,
          durationSeconds: options.duration,
          connections: options.connections,
        });
        process.stdout.write(`${report}\n`);
      },
    );
  bench
    .command('scale')
    .description(
      'Distributed ingest on PostgreSQL: one real-size corpus drained by 1, 2, 4 `entente worker` processes (pages/s, CPU per page, peak RSS per worker), then search and uncached dossier p95 under load.',
    )
    .requiredOption(
      '--db <url>',
      'a PostgreSQL server (postgres://user@host/db): the bench creates a database per run there and drops it',
    )
    .option('--pages <n>', 'real-size pages to generate and enqueue', (v) => Number.parseInt(v, 10), 300)
    .option('--workers <list>', 'worker process counts, comma-separated', '1,2,4')
    .option(
      '--real-from <folders...>',
      'folders of real HTML pages (.html, .html.gz) the corpus is made from',
      ['../shared/data/extraction/html', 'samples/html'],
    )
    .option('--seed <n>', 'corpus seed', (v) => Number.parseInt(v, 10), 1)
    .option(
      '--search-store <url>',
      "an existing PostgreSQL store to time searches and dossiers on (e.g. filled by `entente migrate` from `bench ingest --keep`); default: the last run's store",
    )
    .option('--connections <n>', 'concurrent HTTP connections', (v) => Number.parseInt(v, 10), 50)
    .option('--duration <s>', 'seconds per loaded route', (v) => Number.parseInt(v, 10), 10)
    .option('--keep', 'keep the databases of the runs')
    .addHelpText(
      'after',
      `
Example (a large store for the latency part, then the bench):
  $ entente bench ingest --pages 25000 --keep            # prints the SQLite file it kept
  $ createdb -U postgres entente_big && entente migrate --from /tmp/…/bench.db --to postgres://postgres@127.0.0.1/entente_big
  $ entente bench scale --db postgres://postgres@127.0.0.1/postgres --pages 300 --search-store postgres://postgres@127.0.0.1/entente_big`,
    )
    .action(
      async (options: {
        db: string;
        pages: number;
        workers: string;
        realFrom: string[];
        seed: number;
        searchStore?: string;
        connections: number;
        duration: number;
        keep?: boolean;
      }) => {
        const { benchScale } = await import('../../bench/scale-bench.js');
        const workerCounts = options.workers.split(',').map((v) => Number.parseInt(v, 10));
        if (workerCounts.some((n) => !Number.isInteger(n) || n < 1)) {
          process.stderr.write(`entente: --workers takes counts like 1,2,4, not ${options.workers}\n`);
          process.exitCode = 2;
          return;
        }
        const report = await benchScale(
          {
            db: options.db,
            pages: options.pages,
            workerCounts,
            realFolders: options.realFrom,
            seed: options.seed,
            ...(options.searchStore ? { searchStore: options.searchStore } : {}),
            connections: options.connections,
            durationSeconds: options.duration,
            keep: options.keep === true,
          },
          (line) => process.stderr.write(`${line}\n`),
        );
        process.stdout.write(`${report}\n`);
      },
    );
  bench
    .command('open')
    .description(
      'First open of an existing SQLite store by this version (on a copy): migrations applied, backfill progress, seconds.',
    )
    .requiredOption('--db <file>', 'the SQLite database, e.g. one kept by `bench ingest --keep`')
    .action(async (options: { db: string }) => {
      const { benchOpen } = await import('../../bench/open-bench.js');
      const report = await benchOpen(options.db, (line) => process.stdout.write(`${line}\n`));
      process.stdout.write(`${report}\n`);
    });
  bench
    .command('grow')
    .description(
      'A large store for `bench api` and `bench open` from one kept by `bench ingest --keep`: its analysed articles copied (new ids, dates moved back a month per copy) up to --articles.',
    )
    .requiredOption('--from <file>', 'the ingested store (left as it is)')
    .requiredOption(
      '--to <file|url>',
      'the grown store to write: a SQLite file (must not exist) or an empty PostgreSQL database (postgres://…)',
    )
    .option('--articles <n>', 'articles to reach', (v) => Number.parseInt(v, 10), 400_000)
    .action(async (options: { from: string; to: string; articles: number }) => {
      const print = (line: string) => process.stdout.write(`${line}\n`);
      const report = isPostgresUrl(options.to)
        ? await (await import('../../bench/grow-postgres.js')).growPostgresStore(options, print)
        : (await import('../../bench/grow-store.js')).growStore(options, print);
      print(report);
    });
  bench
    .command('extract')
    .description(
      'HTML main-content extraction: Entente vs Readability+linkedom on the extraction cases (F1, snippets, speed).',
    )
    .option(
      '--cases <file>',
      'cases.jsonl of the extraction benchmark',
      '../shared/data/extraction/cases.jsonl',
    )
    .option('--limit <n>', 'only the first N cases', (value) => Number.parseInt(value, 10))
    .option(
      '--out <dir>',
      'folder for predictions and per-page scores',
      join(tmpdir(), 'entente-bench-extract'),
    )
    .option('--scorer <file>', 'score-extraction.mjs (default: ../../tools/ next to the cases folder)')
    .option(
      '--rounds <n>',
      'timing rounds per extractor, fastest kept',
      (value) => Number.parseInt(value, 10),
      3,
    )
    .action(
      async (options: { cases: string; limit?: number; out: string; scorer?: string; rounds: number }) => {
        const { benchExtract } = await import('../../eval/bench-extract.js');
        const report = await benchExtract({
          cases: options.cases,
          outDir: options.out,
          rounds: Math.max(1, options.rounds || 1),
          ...(options.scorer ? { scorer: options.scorer } : {}),
          ...(options.limit ? { limit: options.limit } : {}),
        });
        process.stdout.write(`${report}\n`);
      },
    );
}
