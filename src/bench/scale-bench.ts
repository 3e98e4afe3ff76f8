import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueSources } from '../queue/enqueue.js';
import { openQueue } from '../queue/job-queue.js';
import { openStore } from '../store/open-store.js';
import { benchRoutes, listenBenchServer } from './api-bench.js';
import { loadLine, loadPaths } from './latency-load.js';
import { ProcessMeter, type ProcessUse } from './process-meter.js';
import { loadTemplates, realSizePages } from './real-size-pages.js';

/**
 * The `entente` command the workers run as (bin/entente, from dist/bench): with the glibc malloc
 * settings it gives a long multi-threaded run, as a user's `entente worker` has (it execs node, so
 * the process measured is the worker itself).
 */
const ENTENTE = fileURLToPath(new URL('../../bin/entente', import.meta.url));
/** Share of generated pages that republish an earlier one (as `bench ingest`). */
const DUPLICATE_RATE = 0.1;
/** The routes timed on the loaded store: searches and the uncached dossier. */
const LOADED_ROUTES = ['words', 'person', 'words+pair', 'dossier'];

export interface ScaleBenchOptions {
  /** A PostgreSQL URL whose server the bench creates its databases on (and drops them). */
  db: string;
  pages: number;
  workerCounts: number[];
  realFolders: string[];
  seed: number;
  /** An existing PostgreSQL store to time searches and dossiers on; default: the last run's store. */
  searchStore?: string;
  connections: number;
  durationSeconds: number;
  keep: boolean;
}

interface RunFigures {
  workers: number;
  seconds: number;
  /** Seconds from spawning the workers to the first stored page (process start-up, models loaded). */
  startSeconds: number;
  pages: number;
  articles: number;
  use: ProcessUse[];
}

/** The same server as `url`, database `name`. */
function databaseUrl(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Real-size pages as files, 1000 per folder; returns their bytes. */
function writeRealCorpus(dir: string, options: ScaleBenchOptions): number {
  let bytes = 0;
  let index = 0;
  const pages = realSizePages(loadTemplates(options.realFolders), {
    pages: options.pages,
    seed: options.seed,
    duplicateRate: DUPLICATE_RATE,
  });
  for (const page of pages) {
    const folder = join(dir, String(Math.floor(index / 1000)).padStart(4, '0'));
    if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(index).padStart(7, '0')}.html`), page.bytes);
    bytes += page.bytes.length;
    index++;
  }
  return bytes;
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Enqueue the corpus into a fresh store, run `workers` worker processes until the queue is empty. */
async function runWorkers(url: string, corpus: string, workers: number): Promise<RunFigures> {
  await (await openStore(url)).close();
  const boss = await openQueue(url);
  try {
    await enqueueSources(boss, [corpus], { include: [], exclude: [] });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const start = performance.now();
  const children = Array.from({ length: workers }, () =>
    spawn(ENTENTE, ['worker', '--db', url, '--exit-when-idle', '--quiet'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const meter = new ProcessMeter(children.map((child) => child.pid!));
  const client = new pg.Client(url);
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n);
    const all = Promise.all(children.map(exited));
    let ended = false;
    void all.then(() => (ended = true));
    while (!ended && (await count('pages')) === 0) await new Promise((r) => setTimeout(r, 100));
    const startSeconds = (performance.now() - start) / 1000;
    const codes = await all;
    const seconds = (performance.now() - start) / 1000;
    const use = meter.stop();
    if (codes.some((code) => code !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`);
    return {
      workers,
      seconds,
      startSeconds,
      pages: await count('pages'),
      articles: await count('articles'),
      use,
    };
  } finally {
    await client.end();
  }
}

/** Search and uncached dossier latencies through the HTTP API on `url`'s store. */
async function loadStore(url: string, options: ScaleBenchOptions): Promise<string[]> {
  const store = await openStore(url, { readonly: true, maxConnections: 20 });
  const lines: string[] = [];
  try {
    const totals = (await store.stats({})).totals;
    const ids = (await store.searchArticles({ limit: 50 })).map((hit) => hit.id);
    lines.push(
      `loaded store: ${totals.articles} articles, ${totals.events} events; ${options.connections} connections, ${options.durationSeconds} s per route, no response cache (dossiers computed per request), 20 PostgreSQL connections`,
    );
    const { app, base } = await listenBenchServer(store, 0);
    try {
      for (const route of benchRoutes(ids).filter((r) => LOADED_ROUTES.includes(r.name)))
        lines.push(
          loadLine(
            route.name,
            await loadPaths(base, route.paths, options.connections, options.durationSeconds),
          ),
        );
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
  return lines;
}

function runLine(run: RunFigures, bytes: number, pages: number): string {
  const rss = run.use.map((use) => use.peakRssMb.toFixed(0)).join('/');
  const cpu = run.use.reduce((sum, use) => sum + use.cpuSeconds, 0);
  const mb = (bytes / 1e6) * (run.pages / Math.max(1, pages));
  const steady = run.pages / Math.max(0.001, run.seconds - run.startSeconds);
  return `${String(run.workers).padStart(7)}  ${run.seconds.toFixed(1).padStart(7)}  ${run.startSeconds.toFixed(1).padStart(7)}  ${(run.pages / run.seconds).toFixed(2).padStart(7)}  ${steady.toFixed(2).padStart(9)}  ${(mb / run.seconds).toFixed(2).padStart(5)}  ${(cpu / Math.max(1, run.pages)).toFixed(3).padStart(13)}  ${rss.padStart(14)}  ${run.pages}/${run.articles}`;
}

/**
 * `entente bench scale`: the same real-size corpus enqueued into a fresh PostgreSQL store per
 * worker count, drained by that many `entente worker` processes (pages/s, worker CPU per page,
 * peak RSS per worker), then searches and the uncached dossier under load on a store.
 */
export async function benchScale(options: ScaleBenchOptions, log: (line: string) => void): Promise<string> {
  const missing = options.realFolders.filter((folder) => !existsSync(folder));
  if (missing.length > 0)
    throw new Error(`bench scale: no folder ${missing.join(', ')} for the real-size pages`);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-scale-'));
  const created: string[] = [];
  try {
    const corpus = join(dir, 'pages');
    const bytes = writeRealCorpus(corpus, options);
    const lines = [
      `corpus: ${options.pages} real-size pages (real HTML, text perturbed, ${DUPLICATE_RATE * 100}% republished; seed ${options.seed}), ${(bytes / 1e6).toFixed(1)} MB, mean ${(bytes / 1e3 / options.pages).toFixed(1)} KB/page, one job per file`,
      `machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start; PostgreSQL on the same machine`,
      'workers   wall s  start s  pages/s  after start   MB/s  CPU s/page(w)  peak RSS MB/w  pages/articles',
    ];
    log(lines[0]!);
    let last: string | null = null;
    for (const workers of options.workerCounts) {
      const name = `entente_bench_scale_${process.pid}_w${workers}`;
      await admin(options.db, `CREATE DATABASE ${name}`);
      created.push(name);
      const url = databaseUrl(options.db, name);
      const run = await runWorkers(url, corpus, workers);
      lines.push(runLine(run, bytes, options.pages));
      log(lines.at(-1)!);
      last = url;
    }
    lines.push(
      '(wall: spawning the workers to the last exit; start: to the first stored page (process start, models loaded); after start: pages / (wall - start); CPU: user+system of the worker processes, start-up included, PostgreSQL not counted)',
    );
    const target = options.searchStore ?? last;
    if (target) lines.push(...(await loadStore(target, options)));
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!options.keep)
      for (const name of created) await admin(options.db, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
