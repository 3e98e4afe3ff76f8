import { readFileSync } from 'node:fs';
import type { Analyzer } from '../ingest/analysis-pool.js';
import { heapUseHere, type HeapUse } from '../ingest/heap-use.js';

/** The largest heap figures a thread reached while sampled (MB). */
export interface HeapPeak {
  usedMb: number;
  committedMb: number;
  limitMb: number;
}

/**
 * The process's resident memory at the sample where it was highest, split by what holds it (MB):
 * pages of mapped files, each thread's V8 heap (committed) and the memory outside it that its
 * objects hold (ArrayBuffers such as the syntax weights, Buffers); the rest is native memory no
 * heap accounts for (SQLite's page cache, malloc's arenas with their free space, thread stacks).
 */
export interface RssSplit {
  rssMb: number;
  /** The node binary and shared libraries (RssFile and RssShmem of /proc/self/status). */
  filesMb: number;
  /** The writer's heap, the extraction thread's (when sampled), then each worker's: committed, and external. */
  heaps: Array<{ committedMb: number; externalMb: number }>;
}

/** Peak heaps of an ingest's threads: the writer (this thread), the extraction thread and each analysis worker slot. */
export interface HeapPeaks {
  writer: HeapPeak;
  /** The extraction thread's, when one ran. */
  extractor?: HeapPeak;
  workers: HeapPeak[];
  /** The split of the highest RSS sampled (null off Linux, or before any sample). */
  highestRss?: RssSplit | null;
}

/** The process's RSS and the part of it that maps files, MB (null without /proc). */
function residentMemory(): { rssMb: number; filesMb: number } | null {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, filesMb: (kb('RssFile') + kb('RssShmem')) / 1024 };
  } catch {
    return null;
  }
}

function raise(peak: HeapPeak | undefined, heap: HeapUse): HeapPeak {
  return {
    usedMb: Math.max(peak?.usedMb ?? 0, heap.usedMb),
    committedMb: Math.max(peak?.committedMb ?? 0, heap.committedMb),
    limitMb: heap.limitMb,
  };
}

const round = (mb: number) => mb.toFixed(0);

/** `used/committed` of a heap, and its cap when asked. */
function formatHeap(heap: HeapPeak | HeapUse, withLimit: boolean): string {
  return `${round(heap.usedMb)}/${round(heap.committedMb)}${withLimit ? ` of ${round(heap.limitMb)}` : ''}`;
}

/**
 * Samples the V8 heaps of the writer thread and of the analysis workers every `intervalMs`
 * (a worker answers once it has done the pages sent before), keeping each one's peak, and logs
 * them with the process RSS every `logEveryMs` (long runs: where memory goes over time).
 */
export class HeapMeter {
  private analyzer: Analyzer | null = null;
  private readonly peaks: HeapPeaks = { writer: raise(undefined, heapUseHere()), workers: [] };
  private asking = false;
  private lastLog: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly log: ((line: string) => void) | null,
    intervalMs = 2000,
    private readonly logEveryMs = 60_000,
  ) {
    this.lastLog = performance.now();
    this.timer = setInterval(() => void this.sample(), intervalMs);
    this.timer.unref();
  }

  /** The pool whose workers to sample (an ingest creates it). */
  watch(analyzer: Analyzer): void {
    this.analyzer = analyzer;
  }

  private async sample(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      const writer = heapUseHere();
      this.peaks.writer = raise(this.peaks.writer, writer);
      const workers = (await this.analyzer?.heapUse()) ?? [];
      const extractor = (await this.analyzer?.extractorHeapUse?.()) ?? null;
      if (extractor) this.peaks.extractor = raise(this.peaks.extractor, extractor);
      for (const [slot, heap] of workers.entries())
        this.peaks.workers[slot] = raise(this.peaks.workers[slot], heap);
      // A sample without every worker's heap (one starting, or the pool closing) cannot split the RSS.
      const everyWorker =
        workers.length > 0 &&
        workers.length === this.peaks.workers.length &&
        (!this.peaks.extractor || extractor);
      const resident = everyWorker || !this.analyzer ? residentMemory() : null;
      if (resident && resident.rssMb > (this.peaks.highestRss?.rssMb ?? 0))
        this.peaks.highestRss = {
          ...resident,
          heaps: [writer, ...(extractor ? [extractor] : []), ...workers].map(
            ({ committedMb, externalMb }) => ({ committedMb, externalMb }),
          ),
        };
      if (this.log && performance.now() - this.lastLog >= this.logEveryMs) {
        this.lastLog = performance.now();
        const rssMb = process.memoryUsage.rss() / (1024 * 1024);
        const workerText = workers.map((heap) => formatHeap(heap, true)).join(', ') || 'none';
        const extractorText = extractor ? `, extraction ${formatHeap(extractor, true)}` : '';
        this.log(
          `heap MB used/committed: writer ${formatHeap(writer, false)}${extractorText}, analysis ${workerText}; RSS ${round(rssMb)} MB`,
        );
      }
    } finally {
      this.asking = false;
    }
  }

  /** Stop sampling: the peaks seen. */
  stop(): HeapPeaks {
    clearInterval(this.timer);
    this.peaks.writer = raise(this.peaks.writer, heapUseHere());
    return this.peaks;
  }
}

/** The `heap:` line of `bench ingest`, and the split of the highest RSS sampled when known. */
export function formatHeapPeaks(peaks: HeapPeaks): string {
  const workers = peaks.workers.map((peak, slot) => `worker ${slot + 1} ${formatHeap(peak, true)}`);
  const extractor = peaks.extractor ? `extraction ${formatHeap(peaks.extractor, true)}; ` : '';
  const line = `heap peaks (V8, MB used/committed of cap, sampled every 2 s): writer ${formatHeap(peaks.writer, false)}; ${extractor}${workers.join('; ') || 'no analysis worker'}`;
  const split = peaks.highestRss;
  if (!split) return line;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const committed = split.heaps.map((heap) => heap.committedMb);
  const external = split.heaps.map((heap) => heap.externalMb);
  const native = split.rssMb - split.filesMb - sum(committed) - sum(external);
  const list = (values: number[]) => values.map(round).join(' + ');
  return `${line}\nhighest RSS sampled: ${round(split.rssMb)} MB = mapped files ${round(split.filesMb)} (node binary, libraries) + V8 heaps ${list(committed)} (writer, ${split.heaps.length > peaks.workers.length + 1 ? 'extraction, ' : ''}then workers; committed) + their external memory ${list(external)} (ArrayBuffers: syntax weights, pages) + other native ${round(native)} (SQLite page cache, malloc arenas and their free space, stacks)`;
}
