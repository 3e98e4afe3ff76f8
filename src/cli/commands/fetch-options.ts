import type { Command } from 'commander';
import { DEFAULT_FETCHER_OPTIONS, type FetcherOptions } from '../../ingest/fetch/polite-fetcher.js';

const int = (value: string) => Number.parseInt(value, 10);

/** The fetch options as commander parses them (`--no-robots` sets `robots` false). */
export interface FetchCliOptions {
  maxBytes: number;
  allowPrivate?: boolean;
  robots: boolean;
  hostInterval: number;
  hostConcurrency: number;
  timeout: number;
  retries: number;
}

/**
 * The fetcher's options, the same for every command that reads pages or fetches URLs (`ingest`,
 * `worker`, `watch-feeds`). `hostScope` says whose requests the interval spaces ("across all
 * workers" for the queue).
 */
export function addFetchOptions(command: Command, hostScope = ''): Command {
  return command
    .option(
      '--max-bytes <n>',
      'refuse pages larger than this (TOO_LARGE)',
      int,
      DEFAULT_FETCHER_OPTIONS.maxBytes,
    )
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses (tests, intranets)')
    .option('--no-robots', 'ignore robots.txt (only for sites you run)')
    .option(
      '--host-interval <ms>',
      `minimum time between requests to one host${hostScope ? `, ${hostScope}` : ''}`,
      int,
      DEFAULT_FETCHER_OPTIONS.perHostIntervalMs,
    )
    .option(
      '--host-concurrency <n>',
      'requests at once to one host',
      int,
      DEFAULT_FETCHER_OPTIONS.perHostConcurrency,
    )
    .option('--timeout <ms>', 'per-request timeout', int, DEFAULT_FETCHER_OPTIONS.timeoutMs)
    .option(
      '--retries <n>',
      'retries on network errors, 429 and 5xx (exponential backoff)',
      int,
      DEFAULT_FETCHER_OPTIONS.retries,
    );
}

/** The fetcher options the CLI flags give. */
export function fetcherOptionsFrom(options: FetchCliOptions): Partial<FetcherOptions> {
  return {
    allowPrivate: options.allowPrivate === true,
    respectRobots: options.robots,
    perHostIntervalMs: options.hostInterval,
    perHostConcurrency: options.hostConcurrency,
    timeoutMs: options.timeout,
    retries: options.retries,
    maxBytes: options.maxBytes,
  };
}
