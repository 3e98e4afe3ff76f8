import autocannon from 'autocannon';
import { startScriptWorker } from '../pipeline/worker-script.js';

/** Latencies of one route under load, with the exact p95 (autocannon itself reports p97.5). */
export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** What the load generator's thread is given. */
export interface LoadRequest {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
}

/**
 * Load `paths` in turn on `base` with `connections` connections for `seconds`, timing every
 * response, from a worker thread of this process: the load generator (autocannon decodes every
 * response body into a string, and collects it) then runs on an event loop of its own instead of
 * queueing its work, and its garbage, with the server's, as a client in another process would;
 * its CPU still counts in the process's.
 */
export function loadPaths(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const worker = startScriptWorker(import.meta.url, 'latency-load-worker', {
    workerData: { base, paths, connections, seconds } satisfies LoadRequest,
  });
  return new Promise<LoadFigures>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the load generator stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}

/** `loadPaths` on the calling thread (the load generator's thread runs it). */
export async function loadPathsHere(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [
          { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    // Off the main thread autocannon gives its raw counts (for its own workers to add up): the mean
    // of the per-second samples, as `requests.average` is on the main thread.
    requestsPerSecond:
      typeof result.requests.average === 'number'
        ? result.requests.average
        : (result as unknown as { totalCompletedRequests: number; samples: number }).totalCompletedRequests /
          Math.max(1, (result as unknown as { samples: number }).samples),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function loadLine(name: string, f: LoadFigures): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${name.padEnd(20)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)}  (${f.requests} requests, errors ${f.errors}, non-2xx ${f.non2xx})`;
}
