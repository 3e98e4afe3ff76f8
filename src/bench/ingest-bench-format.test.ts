import { describe, expect, it } from 'vitest';
import { formatIngestBench, type IngestBenchReport } from './ingest-bench.js';

const report = (queries: number, readabilityPages: number): IngestBenchReport => ({
  pages: 10,
  corpus: 'real',
  bytes: 1_000_000,
  megabytesPerSecond: 1,
  workers: 1,
  summary: {
    seconds: 1,
    articles: 30,
    events: 20,
    duplicates: 1,
    errors: {},
  } as unknown as IngestBenchReport['summary'],
  pagesPerSecond: 10,
  cpu: { cpuSeconds: 1, generatorCpuSeconds: null, loadAverage: [1, 1], threads: null },
  heaps: {
    writer: { usedMb: 31.4, committedMb: 58.2, limitMb: 4144 },
    workers: [{ usedMb: 88.6, committedMb: 124.9, limitMb: 176 }],
  },
  peakRssMb: 300,
  generatorPeakRssMb: null,
  mallocSettings: 'MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072',
  queryP50Ms: queries > 0 ? 1 : Number.NaN,
  queryP95Ms: queries > 0 ? 2 : Number.NaN,
  queryCount: queries,
  readabilityPages,
  readabilityPagesPerSecond: readabilityPages > 0 ? 5 : 0,
  ratioToReadability: readabilityPages > 0 ? 2 : Number.POSITIVE_INFINITY,
  dbPath: '(deleted)',
});

describe('formatIngestBench', () => {
  it('says what was not measured instead of printing NaN or Infinity', () => {
    const text = formatIngestBench(report(0, 0));
    expect(text).not.toMatch(/NaN|Infinity/u);
    expect(text).toContain('FTS/filter queries: none run (--queries 0)');
    expect(text).toContain('Readability+linkedom: not timed (--readability-pages 0)');
  });

  it('prints the query percentiles and the Readability ratio when they were measured', () => {
    const text = formatIngestBench(report(40, 100));
    expect(text).toContain('FTS/filter queries: 40, p50 1.00 ms, p95 2.00 ms');
    expect(text).toContain('ratio Entente ingest / Readability-only: 2.00');
  });

  it('says which malloc settings the peak RSS was measured with', () => {
    expect(formatIngestBench(report(0, 0))).toContain(
      'peak RSS: 300 MB (main thread + workers; MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072)',
    );
    expect(formatIngestBench({ ...report(0, 0), mallocSettings: null })).toContain(
      "peak RSS: 300 MB (main thread + workers; glibc's default malloc settings: bin/entente sets two)",
    );
  });

  it('prints the peak heap of the writer and of each analysis worker', () => {
    expect(formatIngestBench(report(0, 0))).toContain(
      'heap peaks (V8, MB used/committed of cap, sampled every 2 s): writer 31/58; worker 1 89/125 of 176',
    );
  });

  it('splits the highest RSS sampled into mapped files, heaps, their external memory and the native rest', () => {
    const measured = report(0, 0);
    measured.heaps.highestRss = {
      rssMb: 480,
      filesMb: 55,
      heaps: [
        { committedMb: 66, externalMb: 4 },
        { committedMb: 150, externalMb: 63 },
      ],
    };
    expect(formatIngestBench(measured)).toContain(
      'highest RSS sampled: 480 MB = mapped files 55 (node binary, libraries) + V8 heaps 66 + 150 (writer, then workers; committed) + their external memory 4 + 63 (ArrayBuffers: syntax weights, pages) + other native 142 (SQLite page cache, malloc arenas and their free space, stacks)',
    );
  });
});
