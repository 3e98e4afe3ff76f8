import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { recordSignature } from '../dedupe/minhash.js';
import { extractPage } from '../extract/extract-page.js';
import { decodeBytes } from '../ingest/decode.js';
import { analysisStages, analyzeRecord } from '../pipeline/analyze.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord, OutputRecord } from '../records/article.js';
import type { PageToStore } from '../store/article-store.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { syntaxOf } from '../syntax/record-syntax.js';
import { syntaxModel } from '../syntax/syntax-models.js';
import type { SyntaxSentence, SyntaxWord } from '../syntax/types.js';
import { loadTemplates, realSizePages } from './real-size-pages.js';

/** What `bench stages` runs: real-size pages analysed and stored on one thread, stage by stage. */
export interface StageBenchOptions {
  pages: number;
  seed: number;
  realFolders: string[];
  /** Pages written per transaction, as the ingest writer batches them. */
  batch: number;
}

/** CPU milliseconds per stage over the run, in pipeline order. */
export interface StageBenchReport {
  pages: number;
  records: number;
  teasers: number;
  bytes: number;
  /** Sentences of the analysed records, and those whose words a stage read (tagged and parsed). */
  sentences: number;
  parsedSentences: number;
  stages: Array<{ name: string; cpuMs: number }>;
  /** Main-thread garbage collection pauses (wall ms), already inside the stages' CPU. */
  gcPauseMs: number;
  loadAverage: [number, number];
}

/** Share of a page that republishes an earlier one, as in `bench ingest`. */
const DUPLICATE_RATE = 0.1;

const STAGE_ORDER = [
  'decode',
  'extraction (segmentation)',
  'language',
  'syntax: tokens + sentences',
  'syntax: tag + parse (on demand)',
  'entities',
  'dates',
  'events',
  'dedupe signatures (MinHash)',
  'store writes (SQLite, FTS, duplicates)',
];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Accumulates CPU milliseconds by stage name. */
class StageClock {
  readonly totals = new Map<string, number>();
  /** CPU spent tagging and parsing so far (sentences are parsed inside later stages). */
  parseMs = 0;
  parsed = 0;

  add(name: string, ms: number): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + ms);
  }

  /** Time `run`, charging the parsing it triggered to the parse line rather than to `name`. */
  time<T>(name: string, run: () => T): T {
    const parsedBefore = this.parseMs;
    const start = cpuMs();
    const result = run();
    this.add(name, cpuMs() - start - (this.parseMs - parsedBefore));
    return result;
  }

  /**
   * Make each sentence's on-demand parse charge its CPU to the parse line: the analysis's sentences
   * are swapped for views whose first read of `words` is timed (the lazy property cannot be redefined).
   */
  watchParses(record: ArticleRecord): number {
    const sentences = syntaxOf(record)?.sentences ?? [];
    sentences.forEach((sentence, index) => {
      let words: SyntaxWord[] | null = null;
      const view = { start: sentence.start, end: sentence.end, tokens: sentence.tokens } as SyntaxSentence;
      Object.defineProperty(view, 'words', {
        enumerable: true,
        get: () => {
          if (words) return words;
          const start = cpuMs();
          words = sentence.words;
          this.parseMs += cpuMs() - start;
          this.parsed++;
          return words;
        },
      });
      sentences[index] = view;
    });
    return sentences.length;
  }
}

const STAGE_NAMES: Record<string, string> = {
  language: 'language',
  syntax: 'syntax: tokens + sentences',
  entities: 'entities',
  dates: 'dates',
  events: 'events',
};

/** The pipeline's analysis stages, each timed on `clock`; the syntax stage also hooks the parses. */
function timedStages(
  clock: StageClock,
  counts: { sentences: number },
): Array<Stage<ArticleRecord, ArticleRecord>> {
  return analysisStages.map((stage) => ({
    name: stage.name,
    run(record, ctx) {
      const out = clock.time(STAGE_NAMES[stage.name] ?? stage.name, () => stage.run(record, ctx));
      if (stage.name === 'syntax') counts.sentences += clock.watchParses(out);
      return out;
    },
  }));
}

/**
 * Real-size pages (the `bench ingest --corpus real` generator) decoded, extracted, analysed,
 * signed and stored on this thread, with the CPU of each stage: where a page's time goes.
 * Decoding is timed on its own, then extraction (which decodes again) is charged without it.
 */
export async function benchStages(options: StageBenchOptions): Promise<StageBenchReport> {
  const templates = loadTemplates(options.realFolders);
  // Models are loaded before the clock starts: start-up is not a page's cost.
  syntaxModel('fr');
  syntaxModel('en');
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-stages-'));
  const store = SqliteArticleStore.open(join(dir, 'bench.db'));
  const clock = new StageClock();
  const counts = { sentences: 0 };
  const stages = timedStages(clock, counts);
  let gcPauseMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauseMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  const load = loadavg()[0]!;
  let records = 0;
  let teasers = 0;
  let bytes = 0;
  let batch: PageToStore[] = [];
  const flush = async () => {
    const start = cpuMs();
    await store.storePages(batch);
    clock.add('store writes (SQLite, FTS, duplicates)', cpuMs() - start);
    batch = [];
  };
  try {
    for (const page of realSizePages(templates, { ...options, duplicateRate: DUPLICATE_RATE })) {
      bytes += page.bytes.length;
      const decodeStart = cpuMs();
      decodeBytes(page.bytes);
      const decodeMs = cpuMs() - decodeStart;
      clock.add('decode', decodeMs);
      const extracted = clock.time('extraction (segmentation)', () =>
        extractPage(page, { maxBytes: 1 << 22 }),
      );
      clock.add('extraction (segmentation)', -decodeMs);
      const analysed: OutputRecord[] = extracted.map((record) => {
        if (record.kind === 'error') return record;
        records++;
        if (record.kind === 'teaser') teasers++;
        return analyzeRecord(record, stages);
      });
      const signatures = clock.time('dedupe signatures (MinHash)', () => analysed.map(recordSignature));
      batch.push({
        sha256: page.sha256,
        uri: page.uri,
        origin: page.uri,
        format: analysed[0]?.source.format ?? 'html',
        byteLength: page.bytes.length,
        records: analysed,
        signatures,
      });
      if (batch.length >= options.batch) await flush();
    }
    if (batch.length > 0) await flush();
    // GC entries are delivered on a later turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    gc.disconnect();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  clock.add('syntax: tag + parse (on demand)', clock.parseMs);
  return {
    pages: options.pages,
    records,
    teasers,
    bytes,
    sentences: counts.sentences,
    parsedSentences: clock.parsed,
    stages: STAGE_ORDER.map((name) => ({ name, cpuMs: clock.totals.get(name) ?? 0 })),
    gcPauseMs,
    loadAverage: [load, loadavg()[0]!],
  };
}

/** The report as `bench stages` prints it: CPU ms a page and share, stage by stage. */
export function formatStageBench(report: StageBenchReport): string {
  const total = report.stages.reduce((sum, stage) => sum + stage.cpuMs, 0);
  const perPage = (ms: number) => (ms / Math.max(1, report.pages)).toFixed(2);
  const width = Math.max(...report.stages.map((stage) => stage.name.length));
  return [
    `real-size pages: ${report.pages} (${(report.bytes / 1e6).toFixed(1)} MB), ${report.records} records (${report.teasers} teasers), ${report.sentences} sentences of which ${report.parsedSentences} tagged and parsed; one thread, models loaded first`,
    `CPU ms a page by stage (load average ${report.loadAverage[0].toFixed(1)} at start, ${report.loadAverage[1].toFixed(1)} at end):`,
    ...report.stages.map(
      (stage) =>
        `  ${stage.name.padEnd(width)}  ${perPage(stage.cpuMs).padStart(7)}  ${((100 * stage.cpuMs) / total).toFixed(1).padStart(5)}%`,
    ),
    `  ${'total'.padEnd(width)}  ${perPage(total).padStart(7)}  (${(report.pages / (total / 1000)).toFixed(1)} pages/s on one core)`,
    `  garbage collection pauses inside those: ${perPage(report.gcPauseMs)} ms a page`,
  ].join('\n');
}
