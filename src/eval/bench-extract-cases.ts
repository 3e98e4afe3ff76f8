import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page, already decompressed (gzip and file reading stay outside the timings). */
export interface BenchCase {
  id: string;
  bytes: Uint8Array;
}

interface CaseLine {
  id: string;
  html_path: string;
}

/** Read `cases.jsonl` and the gzip HTML it points to; `limit` keeps the first N cases. */
export function loadBenchCases(casesPath: string, limit?: number): BenchCase[] {
  const folder = dirname(resolve(casesPath));
  const lines = readFileSync(casesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const cases = lines.map((line) => JSON.parse(line) as CaseLine);
  return cases.slice(0, limit ?? cases.length).map((c) => ({
    id: c.id,
    bytes: new Uint8Array(gunzipSync(readFileSync(resolve(folder, c.html_path)))),
  }));
}
