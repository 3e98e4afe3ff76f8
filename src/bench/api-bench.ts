import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { buildServer } from '../server/app.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { defaultWorkerCount } from '../ingest/analysis-pool.js';
import { benchIngest } from './ingest-bench.js';

export interface ApiBenchOptions {
  /** An existing database; without it one is generated from `pages` synthetic pages. */
  db?: string;
  pages: number;
  durationSeconds: number;
  connections: number;
}

interface RouteFigures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const SEARCH_WORDS = [
  'coopération',
  'vaccins',
  'Lavrov',
  'trade',
  'sanctions',
  'visite',
  'agreement',
  'Hanoi',
  'énergie',
  'ministre',
];

async function load(
  name: string,
  base: string,
  paths: string[],
  options: ApiBenchOptions,
): Promise<RouteFigures> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) },
    ],
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Load the running API on loopback with autocannon (bounded duration): search and dossier
 * latency percentiles, requests/s and errors.
 */
export async function benchApi(options: ApiBenchOptions): Promise<string> {
  let dbPath = options.db;
  const lines: string[] = [];
  if (!dbPath) {
    const report = await benchIngest({
      pages: options.pages,
      corpus: 'synthetic',
      realFolders: [],
      workers: defaultWorkerCount(),
      seed: 1,
      queries: 0,
      readabilityPages: 0,
      keep: true,
    });
    dbPath = report.dbPath;
    lines.push(`store: ${options.pages} synthetic pages ingested into ${dbPath}`);
  }
  const store = SqliteArticleStore.open(dbPath, { readonly: true });
  const app = await buildServer({ store, version: 'bench', readOnly: true, rateLimitPerMinute: 10_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const totals = (await store.stats({})).totals;
    lines.push(
      `articles: ${totals.articles}, events: ${totals.events}; ${options.connections} connections, ${options.durationSeconds} s per route`,
    );
    const figures = [
      await load(
        'search',
        base,
        SEARCH_WORDS.map((word) => `/api/articles?q=${encodeURIComponent(word)}&limit=20`),
        options,
      ),
      await load(
        'dossier',
        base,
        ['/api/dyads/VNM/RUS', '/api/dyads/CHN/USA', '/api/dyads/JPN/VNM', '/api/dyads/FRA/VNM'],
        options,
      ),
    ];
    for (const f of figures) {
      lines.push(
        `${f.name.padEnd(8)} ${f.requestsPerSecond.toFixed(0)} req/s  p50 ${f.p50} ms  p90 ${f.p90} ms  p97.5 ${f.p975} ms  p99 ${f.p99} ms  errors ${f.errors}  non-2xx ${f.non2xx}`,
      );
    }
    lines.push('(autocannon reports p97.5, not p95: a p97.5 under a p95 target meets it)');
  } finally {
    await app.close();
    await store.close();
  }
  return lines.join('\n');
}
