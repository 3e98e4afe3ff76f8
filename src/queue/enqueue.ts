import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type PgBoss from 'pg-boss';
import { pathFilter } from '../ingest/path-glob.js';
import { walk } from '../ingest/read-inputs.js';
import { SOURCE_QUEUE, type SourceJob } from './job-queue.js';

/** Jobs sent per round trip. */
const SEND_BATCH = 500;

export interface EnqueueOptions {
  include: string[];
  exclude: string[];
}

/**
 * One job per file (folders walked in sorted order, globs applied to paths relative to the folder;
 * a WARC archive or a feed file is one job) and per URL. Paths are made absolute: workers on other
 * machines need the same paths (a shared volume).
 */
export async function* sourceJobs(inputs: string[], options: EnqueueOptions): AsyncGenerator<SourceJob> {
  const keep = pathFilter(options.include, options.exclude);
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield { kind: 'url', url: input, origin: input, publishedHint: null };
    } else if (input === '-') {
      throw new Error('standard input cannot be queued (workers cannot read it): use `entente ingest -`');
    } else if ((await stat(input)).isDirectory()) {
      const paths: string[] = [];
      for await (const path of walk(input))
        if (keep(relative(input, path).split(sep).join('/'))) paths.push(path);
      for (const path of paths) yield { kind: 'file', path: resolve(path) };
    } else {
      yield { kind: 'file', path: resolve(input) };
    }
  }
}

/** Send every job the inputs name; returns how many were sent. */
export async function enqueueSources(
  boss: PgBoss,
  inputs: string[],
  options: EnqueueOptions,
): Promise<number> {
  let batch: SourceJob[] = [];
  let sent = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await boss.insert(batch.map((data) => ({ name: SOURCE_QUEUE, data })));
    sent += batch.length;
    batch = [];
  };
  for await (const job of sourceJobs(inputs, options)) {
    batch.push(job);
    if (batch.length >= SEND_BATCH) await flush();
  }
  await flush();
  return sent;
}
