import autocannon from 'autocannon';

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

/** Load `paths` in turn on `base` with `connections` connections for `seconds`, timing every response. */
export async function loadPaths(
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
    requestsPerSecond: result.requests.average,
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
