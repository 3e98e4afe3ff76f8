import { availableParallelism, loadavg } from 'node:os';
import { ThreadMeter, type ThreadsReport, type ThreadsUse } from './thread-meter.js';

/** The CPU an ingest used, by group of threads where the system tells, and the machine's load. */
export interface IngestCpu {
  /** CPU seconds of the ingest, every thread of the process. */
  cpuSeconds: number;
  /** CPU seconds of the real corpus's page-generating process (not in `cpuSeconds`), when known. */
  generatorCpuSeconds: number | null;
  /** One-minute load average of the machine when the ingest started and when it ended. */
  loadAverage: [number, number];
  /** CPU and run-queue wait of the writer thread, the worker threads and V8's helpers (Linux). */
  threads: ThreadsReport | null;
}

/** CPU seconds of the whole process (every thread) so far. */
function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Start measuring an ingest run on this thread; the function returned stops and reads the meters
 * (`extractionThreads`: the ids of the extraction threads, counted apart from the analysis workers).
 */
export function measureIngestCpu(
  extractionThreads: () => readonly string[] = () => [],
): () => Omit<IngestCpu, 'generatorCpuSeconds'> {
  const cpuSeconds = processCpuSeconds();
  const load = loadavg()[0]!;
  const meter = ThreadMeter.begin();
  return () => ({
    cpuSeconds: processCpuSeconds() - cpuSeconds,
    loadAverage: [load, loadavg()[0]!],
    threads: meter?.stop(extractionThreads()) ?? null,
  });
}

/**
 * The CPU lines of `bench ingest`: CPU a page (meaningful on a loaded machine, where wall-clock
 * rates are not), the load, and where the CPU and the waiting went by thread.
 */
export function formatIngestCpu(cpu: IngestCpu, pages: number): string[] {
  const perPage = (seconds: number) => ((1000 * seconds) / Math.max(1, pages)).toFixed(1);
  const generator =
    cpu.generatorCpuSeconds === null
      ? ''
      : ` (the page generator, a process of its own, ${perPage(cpu.generatorCpuSeconds)} more)`;
  const [before, after] = cpu.loadAverage;
  const lines = [
    `CPU: ${cpu.cpuSeconds.toFixed(1)} s, ${perPage(cpu.cpuSeconds)} ms/page, all threads${generator}; load average (1 min) ${before.toFixed(1)} at start, ${after.toFixed(1)} at end, ${availableParallelism()} cores`,
  ];
  if (cpu.threads) {
    const group = (name: string, use: ThreadsUse) =>
      `${name} ${perPage(use.cpuSeconds)} ms/page (waited for a core ${use.waitSeconds.toFixed(1)} s)`;
    const { self, started, named, helpers } = cpu.threads;
    const extraction = named.threads > 0 ? `${group('extraction', named)}; ` : '';
    lines.push(
      `threads: ${group('writer', self)}; ${extraction}${group(`${started.threads} worker threads (analysis)`, started)}; ${group(`${helpers.threads} V8/libuv helpers (GC, compiler)`, helpers)}`,
    );
  }
  return lines;
}
