import { getHeapStatistics } from 'node:v8';

/**
 * A thread's V8 heap: what is live, what V8 holds from the system for it, and its cap (MB); and
 * the memory outside the heap its objects hold (ArrayBuffers, such as the syntax weights, Buffers).
 */
export interface HeapUse {
  usedMb: number;
  committedMb: number;
  limitMb: number;
  externalMb: number;
}

const MB = 1024 * 1024;

/** The calling thread's heap now (each worker thread has a heap of its own). */
export function heapUseHere(): HeapUse {
  const stats = getHeapStatistics();
  return {
    usedMb: stats.used_heap_size / MB,
    committedMb: stats.total_heap_size / MB,
    limitMb: stats.heap_size_limit / MB,
    externalMb: stats.external_memory / MB,
  };
}
