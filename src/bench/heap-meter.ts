import type { Analyzer } from '../ingest/analysis-pool.js';
import { heapUseHere, type HeapUse } from '../ingest/heap-use.js';

/** The largest heap figures a thread reached while sampled (MB). */
export interface HeapPeak {
  usedMb: number;
  committedMb: number;
  limitMb: number;
}

/** Peak heaps of an ingest's threads: the writer (this thread) and each analysis worker slot. */
export interface HeapPeaks {
  writer: HeapPeak;
  workers: HeapPeak[];
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
      for (const [slot, heap] of workers.entries())
        this.peaks.workers[slot] = raise(this.peaks.workers[slot], heap);
      if (this.log && performance.now() - this.lastLog >= this.logEveryMs) {
        this.lastLog = performance.now();
        const rssMb = process.memoryUsage.rss() / (1024 * 1024);
        const workerText = workers.map((heap) => formatHeap(heap, true)).join(', ') || 'none';
        this.log(
          `heap MB used/committed: writer ${formatHeap(writer, false)}, analysis ${workerText}; RSS ${round(rssMb)} MB`,
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

/** The `heap:` line of `bench ingest`. */
export function formatHeapPeaks(peaks: HeapPeaks): string {
  const workers = peaks.workers.map((peak, slot) => `worker ${slot + 1} ${formatHeap(peak, true)}`);
  return `heap peaks (V8, MB used/committed of cap, sampled every 2 s): writer ${formatHeap(peaks.writer, false)}; ${workers.join('; ') || 'no analysis worker'}`;
}
