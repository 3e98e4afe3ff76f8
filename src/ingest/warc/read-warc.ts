import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import { makePage, type Page } from '../page.js';

export type WarcItem =
  | { page: Page }
  | { uri: string; code: string; message: string }
  /** A response that is not a page (robots.txt, image, script, style sheet): skipped. */
  | { uri: string; reason: string };

export interface WarcLimits {
  /** Largest record payload kept, decoded (the page limit); larger records are skipped with TOO_LARGE. */
  maxRecordBytes: number;
  /** Largest decompressed/compressed ratio of a .warc.gz past `ratioFloorBytes`: beyond it, a bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_WARC_LIMITS: WarcLimits = {
  maxRecordBytes: 32 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024 * 1024,
};

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)/i;
const GZIP_MAGIC = [0x1f, 0x8b];

/** An archive-level failure that ends the reading: the item it becomes names the archive and record. */
class ArchiveFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The bytes of `source`, gunzipped (streaming, every member, bounded ratio) when they start as gzip. */
async function* plainBytes(
  source: AsyncIterable<Uint8Array>,
  limits: WarcLimits,
): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (!GZIP_MAGIC.every((byte, i) => first.value[i] === byte)) {
    yield first.value;
    yield* rest;
    return;
  }
  let compressed = 0;
  async function* counted() {
    compressed += first.value!.length;
    yield first.value!;
    for await (const chunk of rest) {
      compressed += chunk.length;
      yield chunk;
    }
  }
  const gunzip = pipeline(Readable.from(counted()), createGunzip(), () => undefined);
  let inflated = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * compressed)
        throw new ArchiveFailure(
          'BOMB',
          `${inflated} bytes inflated from ${compressed} compressed (more than ${limits.maxRatio}:1): a decompression bomb`,
        );
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ArchiveFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test((error as Error).message))
      throw new ArchiveFailure('TRUNCATED', 'the archive ends inside a gzip member');
    throw new ArchiveFailure('PARSE', `corrupt gzip data: ${(error as Error).message}`);
  } finally {
    gunzip.destroy();
  }
}

/** The raw reader of a record: warcio's LimitReader, whose `limit` is what the record still owes. */
interface RecordBody extends AsyncIterable<Uint8Array> {
  limit: number;
  length: number;
}

function bodyOf(record: WARCRecord): RecordBody {
  return (record as unknown as { _reader: RecordBody })._reader;
}

/** Read what is left of a record chunk by chunk (memory stays flat); false when the archive ended first. */
async function drain(record: WARCRecord): Promise<boolean> {
  const body = bodyOf(record);
  for await (const chunk of body) void chunk;
  return body.limit <= 0;
}

/** The decoded payload (chunked and content encodings undone) if it fits in `max` bytes, else null. */
async function payloadUpTo(record: WARCRecord, max: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record.contentReader as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Plain-text responses that are site files, not articles. */
const SITE_FILES = /\/(robots\.txt|sitemap[^/]*|ads\.txt|humans\.txt|security\.txt)$|\.(css|js|json|xml)$/i;

/** Why a WARC response is not a page, or null when it is one. */
function notAPage(
  uri: string,
  status: number | string | undefined,
  contentType: string | null,
): string | null {
  if (status !== undefined && Number(status) !== 200) return `HTTP status ${status}`;
  if (contentType && !HTML_TYPES.test(contentType))
    return `not a page (${contentType.split(';')[0]!.trim()})`;
  const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)?/i.exec(uri)?.[1] ?? '';
  if (SITE_FILES.test(path)) return `site file ${path}, not a page`;
  return null;
}

/**
 * HTML response records of a WARC or WARC.gz stream as pages, read as a stream: gzip members are
 * inflated as they come (a ratio cap stops bombs), a record payload larger than the page limit is
 * skipped with TOO_LARGE, a record or gzip member cut short ends the archive with TRUNCATED.
 * A record without the mandatory WARC headers gives a PARSE error and reading goes on.
 */
export async function* readWarc(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  archiveUri: string,
  limits: WarcLimits = DEFAULT_WARC_LIMITS,
): AsyncGenerator<WarcItem> {
  let index = 0;
  let uri = `${archiveUri}#record-0`;
  const failure = (code: string, reason: string): WarcItem => ({
    uri,
    code,
    message: `${archiveUri}: record ${index}${uri.startsWith(archiveUri) ? '' : ` (${uri})`}: ${reason}`,
  });
  const asAsync = Symbol.asyncIterator in source ? source : Readable.from(source);
  try {
    const parser = new WARCParser(
      new AsyncIterReader(plainBytes(asAsync as AsyncIterable<Uint8Array>, limits), null),
    );
    for await (const record of parser) {
      index++;
      uri = record.warcTargetURI ?? `${archiveUri}#record-${index}`;
      if (!record.warcType || !record.warcHeader('WARC-Record-ID')) {
        uri = `${archiveUri}#record-${index}`;
        const complete = await drain(record);
        yield failure('PARSE', 'not a valid WARC record (no WARC-Type or WARC-Record-ID)');
        if (!complete) return void (yield failure('TRUNCATED', 'the archive ends inside this record'));
        continue;
      }
      const status = record.httpHeaders?.statusCode;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      // Requests, metadata and warcinfo records are not responses: nothing to report.
      const skip = record.warcType === 'response' ? notAPage(uri, status, contentType) : '';
      const payload = skip === null ? await payloadUpTo(record, limits.maxRecordBytes) : null;
      const complete = await drain(record);
      if (!complete) {
        yield failure(
          'TRUNCATED',
          `the archive ends inside this record (${bodyOf(record).limit} of its bytes missing)`,
        );
        return;
      }
      if (skip !== null) {
        if (skip) yield { uri, reason: skip };
        continue;
      }
      if (payload === null) {
        yield failure('TOO_LARGE', `payload exceeds the limit of ${limits.maxRecordBytes} bytes`);
        continue;
      }
      yield { page: makePage(uri, payload, { fetchedAt: record.warcDate ?? null, contentType }) };
    }
  } catch (error) {
    const code = error instanceof ArchiveFailure ? error.code : 'PARSE';
    yield failure(
      code,
      `${error instanceof ArchiveFailure ? '' : 'corrupt WARC: '}${(error as Error).message}`,
    );
  }
}
