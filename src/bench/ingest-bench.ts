import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../ingest/decode.js';
import { ingestItems, runIngest, type IngestOptions, type IngestSummary } from '../ingest/ingest-run.js';
import { ProgressReporter } from '../ingest/ingest-progress.js';
import type { Page } from '../ingest/page.js';
import type { ArticleFilter } from '../store/article-store.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import type { CorpusRequest } from './corpus-writer.js';
import { formatHeapPeaks, HeapMeter, type HeapPeaks } from './heap-meter.js';
import { formatIngestCpu, measureIngestCpu, type IngestCpu } from './ingest-cpu.js';
import { streamedPages, type PageStreamTotals } from './page-stream.js';
import { loadTemplates, realSizePages } from './real-size-pages.js';
import { syntheticPages } from './synthetic-pages.js';

/** Which pages a bench ingests: generated dispatches of ~3 KB, or real HTML pages perturbed. */
export type BenchCorpus = 'synthetic' | 'real';

/** Share of generated pages that republish an earlier one. */
const DUPLICATE_RATE = 0.1;

export interface IngestBenchOptions {
  pages: number;
  corpus: BenchCorpus;
  /** Folders of real HTML pages the `real` corpus is made from. */
  realFolders: string[];
  workers: number;
  seed: number;
  queries: number;
  /** Pages Readability is timed on (a prefix of the corpus; all when larger). */
  readabilityPages: number;
  keep: boolean;
}

export interface IngestBenchReport {
  pages: number;
  corpus: BenchCorpus;
  /** Bytes of the pages ingested. */
  bytes: number;
  megabytesPerSecond: number;
  workers: number;
  summary: IngestSummary;
  pagesPerSecond: number;
  cpu: IngestCpu;
  /** Peak V8 heaps of the writer thread and the analysis workers. */
  heaps: HeapPeaks;
  peakRssMb: number;
  /** Peak RSS of the real corpus's page-generating process (not in `peakRssMb`), when known. */
  generatorPeakRssMb: number | null;
  /** glibc malloc settings this process started with (`MALLOC_ARENA_MAX`, `MALLOC_MMAP_THRESHOLD_`: bin/entente sets them), or null for glibc's defaults. */
  mallocSettings: string | null;
  queryP50Ms: number;
  queryP95Ms: number;
  queryCount: number;
  readabilityPages: number;
  readabilityPagesPerSecond: number;
  ratioToReadability: number;
  dbPath: string;
}

interface ReadabilityModule {
  Readability: new (document: unknown) => { parse(): { textContent?: string | null } | null };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Readability + linkedom over pages on this thread: pages per second. */
async function readabilityRate(pages: Page[]): Promise<number> {
  const { Readability } = (await import('@mozilla/readability')) as unknown as ReadabilityModule;
  const start = performance.now();
  for (const page of pages) {
    const decoded = decodeBytes(page.bytes);
    if (!decoded.ok) continue;
    try {
      new Readability(parseHTML(decoded.text).document).parse();
    } catch {
      // A page Readability cannot parse still counts as processed, as it does for Entente.
    }
  }
  return pages.length / ((performance.now() - start) / 1000);
}

/** Write the corpus from a worker thread (benchmarks run from the build: `npm run bench:*`). */
async function writeCorpus(request: CorpusRequest): Promise<void> {
  const worker = new Worker(new URL('./corpus-writer.js', import.meta.url), { workerData: request });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`corpus writer exited with code ${code}`)),
    );
  });
}

/** A spread of queries like an analyst's: words, words + dyad, person, type + dates. */
function benchQueries(count: number): ArticleFilter[] {
  const words = [
    'coopération',
    'vaccins',
    'cooperation',
    'visite',
    'commerce',
    'énergie',
    'defence',
    'trade',
    'Hanoi',
    'protest',
    'invitation',
    'ministre',
  ];
  const pairs = [
    ['VNM', 'RUS'],
    ['VNM', 'CHN'],
    ['USA', 'CHN'],
    ['FRA', 'DEU'],
    ['JPN', 'KOR'],
  ];
  const filters: ArticleFilter[] = [];
  for (let i = 0; i < count; i++) {
    const word = words[i % words.length]!;
    const kind = i % 4;
    if (kind === 0) filters.push({ text: word, limit: 50 });
    else if (kind === 1) filters.push({ text: word, countries: pairs[i % pairs.length]!, limit: 50 });
    else if (kind === 2) filters.push({ person: 'Lavrov', limit: 50 });
    else filters.push({ eventType: 'CONSULT', from: '2021-01-01', to: '2021-12-31', limit: 50 });
  }
  return filters;
}

/** Bytes of the files under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

interface CorpusIngest {
  summary: IngestSummary;
  bytes: number;
  cpu: IngestCpu;
  heaps: HeapPeaks;
  generatorPeakRssMb: number | null;
}

/** Ingest the corpus into `dbPath`: synthetic pages from files written first, real-size ones streamed. */
async function ingestCorpus(dir: string, dbPath: string, options: IngestBenchOptions): Promise<CorpusIngest> {
  const heapMeter = new HeapMeter((line) => process.stderr.write(`${line}\n`));
  let extractionThreads: () => readonly string[] = () => [];
  const ingestOptions: Omit<IngestOptions, 'include' | 'exclude' | 'fetch'> = {
    workers: options.workers,
    maxBytes: 1 << 22,
    progress: new ProgressReporter(process.stderr),
    onAnalyzer: (analyzer) => {
      heapMeter.watch(analyzer);
      extractionThreads = () => analyzer.extractorThreadIds();
    },
  };
  const store = SqliteArticleStore.open(dbPath);
  try {
    if (options.corpus === 'real') {
      const totals: PageStreamTotals = {
        pages: 0,
        bytes: 0,
        generatorCpuSeconds: null,
        generatorPeakRssMb: null,
      };
      ingestOptions.progress?.expect(options.pages);
      const items = streamedPages(
        {
          folders: options.realFolders,
          pages: options.pages,
          seed: options.seed,
          duplicateRate: DUPLICATE_RATE,
        },
        totals,
      );
      const measured = measureIngestCpu(() => extractionThreads());
      const summary = await ingestItems(store, items, ingestOptions);
      return {
        summary,
        bytes: totals.bytes,
        cpu: { ...measured(), generatorCpuSeconds: totals.generatorCpuSeconds },
        heaps: heapMeter.stop(),
        generatorPeakRssMb: totals.generatorPeakRssMb,
      };
    }
    const input = join(dir, 'pages');
    mkdirSync(input);
    await writeCorpus({
      dir: input,
      pages: options.pages,
      seed: options.seed,
      duplicateRate: DUPLICATE_RATE,
    });
    const measured = measureIngestCpu(() => extractionThreads());
    const summary = await runIngest(store, [input], {
      ...ingestOptions,
      include: [],
      exclude: [],
      fetch: {},
    });
    return {
      summary,
      bytes: folderBytes(input),
      cpu: { ...measured(), generatorCpuSeconds: null },
      heaps: heapMeter.stop(),
      generatorPeakRssMb: null,
    };
  } finally {
    await store.close();
  }
}

/** The first pages of the corpus again (same generator and seed), for the Readability comparison. */
function corpusSample(options: IngestBenchOptions): Page[] {
  const count = Math.min(options.pages, options.readabilityPages);
  // Loading the real corpus's templates alone takes seconds: not for no page.
  if (count === 0) return [];
  const generated =
    options.corpus === 'real'
      ? realSizePages(loadTemplates(options.realFolders), {
          pages: count,
          seed: options.seed,
          duplicateRate: DUPLICATE_RATE,
        })
      : syntheticPages({ pages: count, seed: options.seed, duplicateRate: DUPLICATE_RATE });
  return [...generated];
}

/**
 * Ingest a generated corpus into a temp database (worker pool + one writer), then time store
 * queries and Readability-only extraction on the same pages.
 */
export async function benchIngest(options: IngestBenchOptions): Promise<IngestBenchReport> {
  if (options.corpus === 'real') {
    const missing = options.realFolders.filter((folder) => !existsSync(folder));
    if (missing.length > 0) throw new Error(`bench ingest --corpus real: no folder ${missing.join(', ')}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-ingest-'));
  const dbPath = join(dir, 'bench.db');
  const { summary, bytes, cpu, heaps, generatorPeakRssMb } = await ingestCorpus(dir, dbPath, options);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const reader = SqliteArticleStore.open(dbPath, { readonly: true });
  const timings: number[] = [];
  for (const filter of benchQueries(options.queries)) {
    const start = performance.now();
    await reader.searchArticles(filter);
    timings.push(performance.now() - start);
  }
  await reader.close();
  timings.sort((a, b) => a - b);

  const sample = corpusSample(options);
  const readabilityPagesPerSecond = await readabilityRate(sample);
  const pagesPerSecond = summary.pages / summary.seconds;
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  return {
    pages: summary.pages,
    corpus: options.corpus,
    bytes,
    megabytesPerSecond: bytes / 1e6 / summary.seconds,
    workers: options.workers,
    summary,
    pagesPerSecond,
    cpu,
    heaps,
    peakRssMb,
    generatorPeakRssMb,
    mallocSettings: mallocSettings(),
    queryP50Ms: percentile(timings, 50),
    queryP95Ms: percentile(timings, 95),
    queryCount: timings.length,
    readabilityPages: sample.length,
    readabilityPagesPerSecond,
    ratioToReadability: pagesPerSecond / readabilityPagesPerSecond,
    dbPath: options.keep ? dbPath : '(deleted; --keep to keep it)',
  };
}

/** The glibc malloc variables set in this process's environment, as `NAME=value` words, or null. */
function mallocSettings(): string | null {
  const set = ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_'].filter(
    (name) => process.env[name] !== undefined,
  );
  return set.length > 0 ? set.map((name) => `${name}=${process.env[name]}`).join(' ') : null;
}

/** The report as the lines `npm run bench:ingest` prints. */
export function formatIngestBench(report: IngestBenchReport): string {
  const s = report.summary;
  return [
    `corpus: ${report.corpus === 'real' ? 'real-size pages (real HTML, text perturbed, generated on the fly)' : 'synthetic pages (generated dispatches, written to disk first)'}, ${report.pages} pages, ${(report.bytes / 1e6).toFixed(1)} MB, mean ${(report.bytes / 1e3 / Math.max(1, report.pages)).toFixed(1)} KB/page`,
    `ingest: ${report.pages} pages in ${s.seconds.toFixed(1)} s with ${report.workers} analysis worker(s) + 1 writer: ${report.pagesPerSecond.toFixed(1)} pages/s, ${report.megabytesPerSecond.toFixed(2)} MB/s`,
    ...formatIngestCpu(report.cpu, report.pages),
    `stored: ${s.articles} articles, ${s.events} events, ${s.duplicates} duplicates; errors: ${Object.keys(s.errors).length ? JSON.stringify(s.errors) : 'none'}`,
    `peak RSS: ${report.peakRssMb.toFixed(0)} MB (main thread + workers; ${report.mallocSettings ?? "glibc's default malloc settings: bin/entente sets two"})${report.generatorPeakRssMb === null ? '' : `; the page generator, a process of its own, ${report.generatorPeakRssMb.toFixed(0)} MB`}`,
    formatHeapPeaks(report.heaps),
    report.queryCount > 0
      ? `FTS/filter queries: ${report.queryCount}, p50 ${report.queryP50Ms.toFixed(2)} ms, p95 ${report.queryP95Ms.toFixed(2)} ms`
      : 'FTS/filter queries: none run (--queries 0)',
    ...(report.readabilityPages > 0
      ? [
          `Readability+linkedom only (1 thread, first ${report.readabilityPages} pages): ${report.readabilityPagesPerSecond.toFixed(1)} pages/s`,
          `ratio Entente ingest / Readability-only: ${report.ratioToReadability.toFixed(2)}`,
        ]
      : ['Readability+linkedom: not timed (--readability-pages 0)']),
    `database: ${report.dbPath}`,
  ].join('\n');
}
