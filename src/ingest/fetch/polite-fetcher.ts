import { request, type Agent, type Dispatcher } from 'undici';
import { createRequire } from 'node:module';
import { literalAddressRefusal, type AddressPolicy, type Resolver } from './address-guard.js';
import {
  blockedMessage,
  httpStatusMessage,
  INVALID_URL_MESSAGE,
  networkFailureMessage,
  ROBOTS_MESSAGE,
  timeoutMessage,
  unsupportedSchemeMessage,
} from './fetch-messages.js';
import { createGuardedAgent } from './guarded-agent.js';
import { HostScheduler } from './host-scheduler.js';

/** Private, loopback and link-local addresses are refused unless the address policy allows them. */
export interface FetcherOptions extends AddressPolicy {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  backoffMs: number;
  perHostConcurrency: number;
  perHostIntervalMs: number;
  respectRobots: boolean;
  /** The resolver host names go through (tests inject one); the system's by default. */
  resolver?: Resolver;
  /** Per-host pacing shared with other fetchers (workers); this process's own scheduler by default. */
  pacing?: HostPacing;
  /** robots.txt bodies shared with other fetchers; fetched once per origin per process by default. */
  robotsCache?: RobotsCache;
}

/** Per-host politeness: wait for a slot on a host (at least `minIntervalMs` apart), then give it back. */
export interface HostPacing {
  acquire(host: string, minIntervalMs?: number): Promise<void>;
  release(host: string): void;
}

/**
 * robots.txt as fetched for an origin: its text, `''` when there is none (4xx, unreachable), `null`
 * when the site answered 5xx (stay away). `get` returns undefined when nothing fresh is known.
 */
export interface RobotsCache {
  get(origin: string): Promise<string | null | undefined>;
  put(origin: string, body: string | null): Promise<void>;
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: 'EntenteBot/0.1 (+https://github.com/entente; news research)',
  allowPrivate: false,
  timeoutMs: 20_000,
  maxBytes: 8 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 500,
  perHostConcurrency: 2,
  perHostIntervalMs: 1000,
  respectRobots: true,
};

/** Validators from an earlier fetch, sent as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchErrorCode = 'FETCH' | 'TIMEOUT' | 'TOO_LARGE' | 'ROBOTS' | 'BLOCKED' | 'HTTP';

export type FetchResult =
  | {
      kind: 'page';
      url: string;
      finalUrl: string;
      bytes: Uint8Array;
      contentType: string | null;
      validators: Validators;
    }
  | { kind: 'not-modified'; url: string }
  | { kind: 'error'; url: string; code: FetchErrorCode; message: string };

/** The part of robots-parser's result used here. */
interface RobotsRules {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}

// robots-parser is CommonJS and its typings do not describe its export under NodeNext: load it as CommonJS.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => RobotsRules;

class FetchFailure extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** A polite HTTP client: robots.txt, per-host pacing, timeouts, size cap, redirects, retries, SSRF guard. */
export class PoliteFetcher {
  private readonly agent: Agent;
  private readonly scheduler: HostPacing;
  private readonly robots = new Map<string, Promise<{ allowed(url: string): boolean; delayMs: number }>>();

  constructor(private readonly options: FetcherOptions = DEFAULT_FETCHER_OPTIONS) {
    this.agent = createGuardedAgent(options);
    this.scheduler =
      options.pacing ?? new HostScheduler(options.perHostConcurrency, options.perHostIntervalMs);
  }

  /** Fetch a URL (conditionally when validators are given); never throws. */
  async fetch(url: string, validators: Validators | null = null): Promise<FetchResult> {
    try {
      return await this.fetchWithRetries(url, validators);
    } catch (error) {
      const failure =
        error instanceof FetchFailure ? error : new FetchFailure('FETCH', (error as Error).message, false);
      return { kind: 'error', url, code: failure.code, message: `${url}: ${failure.message}` };
    }
  }

  private async fetchWithRetries(url: string, validators: Validators | null): Promise<FetchResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchFollowingRedirects(url, validators);
      } catch (error) {
        if (!(error instanceof FetchFailure) || !error.retryable || attempt >= this.options.retries)
          throw error;
        const backoff = error.retryAfterMs ?? this.options.backoffMs * 2 ** attempt;
        await new Promise((resolve) => setTimeout(resolve, Math.min(backoff, 60_000)));
      }
    }
  }

  private async fetchFollowingRedirects(url: string, validators: Validators | null): Promise<FetchResult> {
    let current = url;
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      const target = this.checkUrl(current);
      if (this.options.respectRobots) {
        const robots = await this.robotsFor(target);
        if (!robots.allowed(target.href)) throw new FetchFailure('ROBOTS', ROBOTS_MESSAGE, false);
      }
      const response = await this.requestOnce(target, hop === 0 ? validators : null);
      if (response.statusCode >= 300 && response.statusCode < 400 && response.statusCode !== 304) {
        const location = header(response.headers, 'location');
        await response.body.dump();
        if (!location) throw new FetchFailure('HTTP', `HTTP ${response.statusCode} without Location`, false);
        current = new URL(location, target).href;
        continue;
      }
      if (response.statusCode === 304) {
        await response.body.dump();
        return { kind: 'not-modified', url };
      }
      if (response.statusCode !== 200) {
        await response.body.dump();
        const retryable = response.statusCode === 429 || response.statusCode >= 500;
        const retryAfter = Number(header(response.headers, 'retry-after'));
        throw new FetchFailure(
          'HTTP',
          httpStatusMessage(response.statusCode),
          retryable,
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
        );
      }
      const bytes = await this.readCapped(response, target.host);
      return {
        kind: 'page',
        url,
        finalUrl: target.href,
        bytes,
        contentType: header(response.headers, 'content-type'),
        validators: {
          etag: header(response.headers, 'etag'),
          lastModified: header(response.headers, 'last-modified'),
        },
      };
    }
    throw new FetchFailure('HTTP', `more than ${this.options.maxRedirects} redirects`, false);
  }

  private checkUrl(href: string): URL {
    let target: URL;
    try {
      target = new URL(href);
    } catch {
      throw new FetchFailure('FETCH', INVALID_URL_MESSAGE, false);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new FetchFailure('FETCH', unsupportedSchemeMessage(target.protocol), false);
    }
    const refusal = literalAddressRefusal(target, this.options);
    if (refusal) throw new FetchFailure('BLOCKED', blockedMessage(refusal), false);
    return target;
  }

  private async requestOnce(target: URL, validators: Validators | null, minIntervalMs?: number) {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*' };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const robotsDelay =
      minIntervalMs ?? (this.options.respectRobots ? (await this.robotsFor(target)).delayMs : 0);
    await this.scheduler.acquire(target.host, robotsDelay);
    try {
      return await request(target, {
        dispatcher: this.agent,
        headers,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw this.classify(error, target.host);
    } finally {
      this.scheduler.release(target.host);
    }
  }

  private classify(error: unknown, host: string): FetchFailure {
    const err = error as Error & { code?: string; cause?: { code?: string; message?: string } };
    const code = err.code ?? err.cause?.code;
    if (code === 'BLOCKED' || /private or local address/.test(err.message)) {
      return new FetchFailure('BLOCKED', blockedMessage(err.message), false);
    }
    if (err.name === 'TimeoutError' || /timeout/i.test(code ?? '') || /timeout/i.test(err.message)) {
      return new FetchFailure('TIMEOUT', timeoutMessage(host, this.options.timeoutMs), true);
    }
    const specific = err.cause?.code && err.cause.code !== code ? err.cause.code : code;
    return new FetchFailure('FETCH', networkFailureMessage(host, specific, err.message), true);
  }

  private async readCapped(response: Dispatcher.ResponseData, host: string): Promise<Uint8Array> {
    const declared = Number(header(response.headers, 'content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      await response.body.dump();
      throw new FetchFailure(
        'TOO_LARGE',
        `${declared} bytes exceeds the limit of ${this.options.maxBytes}`,
        false,
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of response.body) {
        total += (chunk as Buffer).length;
        if (total > this.options.maxBytes) {
          response.body.destroy();
          throw new FetchFailure(
            'TOO_LARGE',
            `body exceeds the limit of ${this.options.maxBytes} bytes`,
            false,
          );
        }
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      throw error instanceof FetchFailure ? error : this.classify(error, host);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }

  private robotsFor(target: URL): Promise<{ allowed(url: string): boolean; delayMs: number }> {
    const origin = target.origin;
    let cached = this.robots.get(origin);
    if (!cached) {
      cached = this.loadRobots(new URL('/robots.txt', origin));
      this.robots.set(origin, cached);
    }
    return cached;
  }

  private async loadRobots(robotsUrl: URL): Promise<{ allowed(url: string): boolean; delayMs: number }> {
    const shared = this.options.robotsCache;
    let body = shared ? await shared.get(robotsUrl.origin).catch(() => undefined) : undefined;
    if (body === undefined) {
      body = await this.fetchRobots(robotsUrl);
      await shared?.put(robotsUrl.origin, body).catch(() => undefined);
    }
    if (body === null) return { allowed: () => false, delayMs: 0 };
    const robots = robotsParser(robotsUrl.href, body);
    const agent = this.options.userAgent;
    return {
      allowed: (url: string) => robots.isAllowed(url, agent) !== false,
      delayMs: (robots.getCrawlDelay(agent) ?? 0) * 1000,
    };
  }

  /** robots.txt text; '' when there is none, null when the site is unwell (5xx). */
  private async fetchRobots(robotsUrl: URL): Promise<string | null> {
    try {
      const response = await this.requestOnce(robotsUrl, null, 0);
      if (response.statusCode !== 200) {
        await response.body.dump();
        // 4xx: no rules; 5xx: the site is unwell, so stay away as the robots convention asks.
        return response.statusCode >= 500 ? null : '';
      }
      return new TextDecoder().decode(await this.readCapped(response, robotsUrl.host));
    } catch {
      return '';
    }
  }

  /** Close pooled connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }
}
