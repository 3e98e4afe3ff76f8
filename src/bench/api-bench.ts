import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { buildServer } from '../server/app.js';
import type { ArticleStore } from '../store/article-store.js';
import { openStore } from '../store/open-store.js';
import { isPostgresUrl } from '../store/postgres/open-database.js';
import { PooledReadStore } from '../store/pooled-read-store.js';
import { defaultReaderCount, SqliteReadPool } from '../store/sqlite/read-pool.js';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { defaultWorkerCount } from '../ingest/analysis-pool.js';
import { benchIngest } from './ingest-bench.js';
import { loadLine, loadPaths, type LoadFigures } from './latency-load.js';
import { ThreadMeter, type ThreadsReport } from './thread-meter.js';

export interface ApiBenchOptions {
  /**
   * An existing database, a SQLite file or a PostgreSQL URL; without it one is generated from
   * `pages` synthetic pages.
   */
  db?: string;
  pages: number;
  durationSeconds: number;
  /** Routes loaded, by name (default: all): a slow route leaves queries running into the next. */
  routes?: string[];
  connections: number;
}

/** A route and the request paths it is loaded with, in turn. */
interface BenchRoute {
  name: string;
  paths: string[];
}

const WORDS = ['coopération', 'vaccins', 'trade', 'sanctions', 'visite', 'agreement', 'Hanoi', 'énergie'];
/** Names of the synthetic pages, then heads of state that real agency pages name often. */
const PERSONS = [
  'Lavrov',
  'Blinken',
  'Nguyen',
  'Hayashi',
  'Colonna',
  'Kommasith',
  'Trump',
  'Biden',
  'Macron',
  'Putin',
];
const PAIRS = [
  ['VNM', 'RUS'],
  ['CHN', 'USA'],
  ['JPN', 'VNM'],
  ['FRA', 'VNM'],
  ['DEU', 'FRA'],
  ['KOR', 'JPN'],
] as const;

/**
 * A read-only API server on a loopback port for the benches: no write token, a rate limit no load
 * reaches, and the given dossier cache (0: every dossier computed per request).
 */
export async function listenBenchServer(
  store: Parameters<typeof buildServer>[0]['store'],
  dossierCacheMs: number,
): Promise<{ app: Awaited<ReturnType<typeof buildServer>>; base: string }> {
  const app = await buildServer({
    store,
    version: 'bench',
    readOnly: true,
    apiToken: null,
    rateLimitPerMinute: 10_000_000,
    dossierCacheMs,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** The read routes an analyst uses, each with a spread of requests (articles: some stored ids). */
export function benchRoutes(articleIds: string[]): BenchRoute[] {
  const q = encodeURIComponent;
  return [
    { name: 'words', paths: WORDS.map((word) => `/api/articles?q=${q(word)}&limit=20`) },
    { name: 'person', paths: PERSONS.map((name) => `/api/articles?person=${q(name)}&limit=20`) },
    {
      name: 'words+pair',
      paths: WORDS.flatMap((word) =>
        PAIRS.map(([a, b]) => `/api/articles?q=${q(word)}&country=${a},${b}&limit=20`),
      ),
    },
    { name: 'events', paths: PAIRS.map(([a, b]) => `/api/events?country=${a},${b}&limit=20`) },
    { name: 'dossier', paths: PAIRS.map(([a, b]) => `/api/dyads/${a}/${b}`) },
    { name: 'article', paths: articleIds.map((id) => `/api/articles/${id}`) },
  ];
}

/** The database file and its write-ahead log, MB. */
function storeMegabytes(path: string): number {
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return (size(path) + size(`${path}-wal`)) / 1e6;
}

/** The PostgreSQL database's size, MB. */
async function postgresMegabytes(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string }>(
      'SELECT pg_database_size(current_database()) AS bytes',
    );
    return Number(rows[0]!.bytes) / 1e6;
  } finally {
    await client.end();
  }
}

/** PostgreSQL connections the API reads through (as `bench scale`). */
const POSTGRES_CONNECTIONS = 20;

/**
 * The store as `entente serve` reads it: SQLite through the pool of read-only connections,
 * PostgreSQL through its own connection pool.
 */
async function openBenchStore(db: string): Promise<{ store: ArticleStore; readers: string }> {
  if (isPostgresUrl(db))
    return {
      store: await openStore(db, { readonly: true, maxConnections: POSTGRES_CONNECTIONS }),
      readers: `${POSTGRES_CONNECTIONS} PostgreSQL connections`,
    };
  return {
    store: new PooledReadStore(
      SqliteArticleStore.open(db, { readonly: true }),
      await SqliteReadPool.open(db, defaultReaderCount()),
    ),
    readers: `${defaultReaderCount()} pooled readers`,
  };
}

/**
 * CPU time this process spent per response since `before` (server, pooled readers and the load
 * generator, all threads): unlike latency, it barely moves with the machine's other load. Where
 * `/proc` has per-thread figures, split by thread: the server's event loop (HTTP, validation, the
 * pool's messages, socket writes), the readers with V8's helpers (SQL, JSON text), the load
 * generator; and the time the process's threads waited for a core (the machine's load).
 */
function cpuPerRequest(before: NodeJS.CpuUsage, threads: ThreadsReport | null, figures: LoadFigures): string {
  const used = process.cpuUsage(before);
  const requests = Math.max(1, figures.requests);
  const ms = (seconds: number) => ((seconds * 1000) / requests).toFixed(2);
  const total = `CPU ${((used.user + used.system) / 1000 / requests).toFixed(2)} ms/request`;
  if (!threads) return total;
  const waited = threads.self.waitSeconds + threads.helpers.waitSeconds + threads.started.waitSeconds;
  return `${total} (server ${ms(threads.self.cpuSeconds)}, readers and helpers ${ms(threads.helpers.cpuSeconds)}, load generator ${ms(threads.started.cpuSeconds)}; waited for a core ${ms(waited)})`;
}

/**
 * Load the API on loopback with autocannon (bounded duration per route): every read route twice,
 * with the server's response caches (dossiers, 10 s) and without them, so a figure never passes
 * off a cache hit as a query.
 */
export async function benchApi(options: ApiBenchOptions): Promise<string> {
  const known = benchRoutes([]).map((route) => route.name);
  const unknown = (options.routes ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw Object.assign(
      new Error(`bench api: --routes ${unknown.join(',')} unknown (routes: ${known.join(', ')})`),
      { usage: true },
    );
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
  const { store, readers } = await openBenchStore(dbPath);
  try {
    const totals = (await store.stats({})).totals;
    // The newest stored ids the API accepts: `bench grow` names its copies `a_…~k`, which it refuses.
    const articleIds = (await store.searchArticles({ limit: 1000 }))
      .map((hit) => hit.id)
      .filter((id) => /^a_[0-9a-f]{16}$/.test(id))
      .slice(0, 50);
    lines.push(
      `store: ${totals.articles} articles, ${totals.events} events, ${totals.entities} entities, ${(isPostgresUrl(dbPath) ? await postgresMegabytes(dbPath) : storeMegabytes(dbPath)).toFixed(0)} MB on disk`,
      `${options.connections} connections, ${options.durationSeconds} s per route and mode, ${readers}; cached: dossiers kept 10 s, uncached: none kept`,
      `machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start`,
    );
    const routes = benchRoutes(articleIds).filter(
      (route) => !options.routes || options.routes.includes(route.name),
    );
    for (const [mode, dossierCacheMs] of [
      ['uncached', 0],
      ['cached', 10_000],
    ] as const) {
      const { app, base } = await listenBenchServer(store, dossierCacheMs);
      try {
        for (const route of routes) {
          const cpuBefore = process.cpuUsage();
          const meter = ThreadMeter.begin();
          const figures = await loadPaths(base, route.paths, options.connections, options.durationSeconds);
          const threads = meter?.stop() ?? null;
          lines.push(
            `${loadLine(`${route.name} ${mode}`, figures)}  ${cpuPerRequest(cpuBefore, threads, figures)}`,
          );
        }
      } finally {
        await app.close();
      }
    }
    lines.push(
      `load average ${loadavg()[0]!.toFixed(1)} at end; percentiles exact, from every response timed; CPU: this process (server, readers, load generator; not PostgreSQL's)`,
    );
  } finally {
    await store.close();
  }
  return lines.join('\n');
}
