import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBytes } from './decode.js';
import { feedItemHtml } from './feeds/feed-item-page.js';
import { looksLikeJsonFeed, readFeed, type FeedItem } from './feeds/read-feed.js';
import type { PoliteFetcher, Validators } from './fetch/polite-fetcher.js';
import { readFileBytes } from './file-bytes.js';
import { makePage, type Page } from './page.js';
import { inflatedPage, looksBinary, notAPageReason } from './page-files.js';
import { pathFilter } from './path-glob.js';
import { fileUri, readStdin, walk } from './read-inputs.js';
import { isWarc, sniffTextFormat } from './sniff-format.js';
import { DEFAULT_WARC_LIMITS, readWarc } from './warc/read-warc.js';

/** A page to ingest (with the input it came from), or a per-item failure. */
export type SourceItem =
  | { kind: 'page'; page: Page; origin: string; validators?: { uri: string; state: Validators } }
  | { kind: 'error'; uri: string; code: string; message: string }
  | { kind: 'unchanged'; uri: string }
  /** An input that is not a page (a README in a folder, a WARC's robots.txt or image): skipped, counted. */
  | { kind: 'not-page'; uri: string; reason: string };

export interface SourceOptions {
  include: string[];
  exclude: string[];
  /** Largest page (file, WARC record payload) read, bytes; larger ones are TOO_LARGE errors. */
  maxBytes: number;
  /** Needed for URLs and feed items; without it they are reported as FETCH errors. */
  fetcher: PoliteFetcher | null;
  /** Validators of an earlier fetch of a URL, for conditional requests. */
  validatorsFor: (uri: string) => Promise<Validators | null>;
  /** Called with the number of items an input will yield, when known up front (for ETA). */
  onExpected?: (count: number) => void;
}

const GZIP = [0x1f, 0x8b];

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function startsWithWarc(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    const bytes = head.subarray(0, bytesRead);
    if (isWarc(bytes)) return true;
    return GZIP.every((byte, i) => bytes[i] === byte) && /\.warc\.gz$/i.test(path);
  } finally {
    await handle.close();
  }
}

/** What some bytes are, for routing: a feed, or a page for extraction. */
export function feedText(bytes: Uint8Array): string | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return null;
  if (looksLikeJsonFeed(decoded.text)) return decoded.text;
  const format = sniffTextFormat(decoded.text);
  return format === 'rss' || format === 'atom' ? decoded.text : null;
}

/** The page at a URL (a feed there is expanded into its items), or why it could not be fetched. */
export async function* fetchUrl(
  url: string,
  options: SourceOptions,
  origin: string,
  publishedHint: string | null,
): AsyncGenerator<SourceItem> {
  if (!options.fetcher) {
    yield { kind: 'error', uri: url, code: 'FETCH', message: `${url}: fetching is disabled` };
    return;
  }
  const result = await options.fetcher.fetch(url, await options.validatorsFor(url));
  if (result.kind === 'error') {
    yield { kind: 'error', uri: url, code: result.code, message: result.message };
    return;
  }
  if (result.kind === 'not-modified') {
    yield { kind: 'unchanged', uri: url };
    return;
  }
  const validators = { uri: url, state: result.validators };
  const feed = publishedHint === null ? feedText(result.bytes) : null;
  if (feed !== null) {
    yield* feedItems(feed, result.finalUrl, options);
    return;
  }
  const page = makePage(url, result.bytes, { contentType: result.contentType, publishedHint });
  yield { kind: 'page', page, origin, validators };
}

/** A feed's items: inline full texts as pages, local links read, other links fetched. */
async function* feedItems(
  text: string,
  feedUri: string,
  options: SourceOptions,
  base: string | null = isUrl(feedUri) ? feedUri : null,
): AsyncGenerator<SourceItem> {
  const feed = readFeed(text, base);
  if (!feed.ok) {
    yield { kind: 'error', uri: feedUri, code: 'PARSE', message: `${feedUri}: ${feed.message}` };
    return;
  }
  options.onExpected?.(feed.items.length);
  for (const skipped of feed.skipped)
    yield { kind: 'error', uri: feedUri, code: 'PARSE', message: `${feedUri}: ${skipped}` };
  for (const item of feed.items) {
    if (item.content !== null) {
      // The feed carries the full text: no fetch needed.
      const html = new TextEncoder().encode(feedItemHtml({ ...item, content: item.content }));
      yield {
        kind: 'page',
        page: makePage(item.link, html, { publishedHint: item.published }),
        origin: feedUri,
      };
    } else if (item.link.startsWith('file:') && feedUri.startsWith('file:')) {
      yield* localFeedItem(item, feedUri);
    } else yield* fetchUrl(item.link, options, feedUri, item.published);
  }
}

/** A feed item linking to a local file, read when the feed itself is a local file. */
async function* localFeedItem(item: FeedItem, feedUri: string): AsyncGenerator<SourceItem> {
  const path = fileURLToPath(item.link);
  try {
    const page = makePage(item.link, await readFileBytes(path), { publishedHint: item.published });
    yield { kind: 'page', page, origin: feedUri };
  } catch (error) {
    yield { kind: 'error', uri: item.link, code: 'READ', message: `${path}: ${(error as Error).message}` };
  }
}

async function* fileItems(path: string, uri: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  if (await startsWithWarc(path)) {
    const limits = { ...DEFAULT_WARC_LIMITS, maxRecordBytes: options.maxBytes };
    for await (const item of readWarc(createReadStream(path), uri, limits)) {
      if ('page' in item) yield { kind: 'page', page: item.page, origin: uri };
      else if ('reason' in item) yield { kind: 'not-page', uri: item.uri, reason: item.reason };
      else yield { kind: 'error', uri: item.uri, code: item.code, message: item.message };
    }
    return;
  }
  const { size } = await stat(path);
  if (size > options.maxBytes) {
    const message = `${path}: ${size} bytes exceeds the limit of ${options.maxBytes} (--max-bytes)`;
    yield { kind: 'error', uri, code: 'TOO_LARGE', message };
    return;
  }
  const read = inflatedPage(await readFileBytes(path), options.maxBytes);
  if ('error' in read) {
    yield { kind: 'error', uri, code: read.code, message: `${path}: ${read.error}` };
    return;
  }
  const { bytes } = read;
  if (looksBinary(bytes)) {
    yield { kind: 'error', uri, code: 'UNSUPPORTED', message: `${path}: binary file, not a page` };
    return;
  }
  const feed = feedText(bytes);
  // Relative item links of a local feed point beside it.
  if (feed !== null) yield* feedItems(feed, uri, options, pathToFileURL(resolve(path)).href);
  else yield { kind: 'page', page: makePage(uri, bytes), origin: uri };
}

/**
 * Every page named by the inputs, in a stable order: files and folders (recursive, sorted, globs
 * applied to paths relative to the folder), `-` for stdin, http(s) URLs; feeds and WARC archives
 * found among them are expanded into their items. Never throws for one bad input.
 */
export async function* sourceItems(inputs: string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  const keep = pathFilter(options.include, options.exclude);
  for (const input of inputs) {
    try {
      if (input === '-') {
        const bytes = await readStdin();
        const feed = feedText(bytes);
        if (feed !== null) yield* feedItems(feed, 'stdin:', options);
        else yield { kind: 'page', page: makePage('stdin:', bytes), origin: 'stdin:' };
      } else if (isUrl(input)) {
        yield* fetchUrl(input, options, input, null);
      } else if ((await stat(input)).isDirectory()) {
        const paths: string[] = [];
        const notPages: SourceItem[] = [];
        for await (const path of walk(input)) {
          if (!keep(relative(input, path).split(sep).join('/'))) continue;
          const reason = notAPageReason(path);
          if (reason) notPages.push({ kind: 'not-page', uri: fileUri(path), reason });
          else paths.push(path);
        }
        yield* notPages;
        options.onExpected?.(paths.length);
        for (const path of paths) {
          try {
            yield* fileItems(path, fileUri(path), options);
          } catch (error) {
            yield {
              kind: 'error',
              uri: fileUri(path),
              code: 'READ',
              message: `${path}: ${(error as Error).message}`,
            };
          }
        }
      } else {
        options.onExpected?.(1);
        yield* fileItems(input, fileUri(input), options);
      }
    } catch (error) {
      yield {
        kind: 'error',
        uri: fileUri(input),
        code: 'READ',
        message: `${input}: ${(error as Error).message}`,
      };
    }
  }
}
