import { constants, deflateRawSync, gzipSync } from 'node:zlib';

const encoder = new TextEncoder();

/** A WARC/1.1 response record built by hand, so a test can make its Content-Length lie. */
export function warcResponse(
  url: string,
  body: Uint8Array | string,
  options: { contentType?: string; declaredLength?: number } = {},
): Uint8Array {
  const payload = typeof body === 'string' ? encoder.encode(body) : body;
  const http = encoder.encode(
    `HTTP/1.1 200 OK\r\nContent-Type: ${options.contentType ?? 'text/html; charset=utf-8'}\r\n\r\n`,
  );
  const length = options.declaredLength ?? http.length + payload.length;
  const head = encoder.encode(
    'WARC/1.1\r\nWARC-Type: response\r\n' +
      `WARC-Record-ID: <urn:uuid:${uuidFor(url)}>\r\nWARC-Target-URI: ${url}\r\n` +
      'WARC-Date: 2021-05-29T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n' +
      `Content-Length: ${length}\r\n\r\n`,
  );
  return new Uint8Array(Buffer.concat([head, http, payload, encoder.encode('\r\n\r\n')]));
}

function uuidFor(text: string): string {
  const hex = Buffer.from(text).toString('hex').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Gzip members (one per record), as `.warc.gz` writers produce them. */
export function gzipMembers(records: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(records.map((record) => gzipSync(record))));
}

const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * A gzip stream that inflates to `head` then `zeroBytes` zeros, about 1000 times smaller than
 * what it inflates to, built without compressing the zeros: one fully flushed deflate block of
 * 1 MiB of zeros repeated (each block stands alone). It has no end: a reader that is not stopped
 * first reports a truncated member. For bombs of any size, generated on the fly.
 */
export function* zeroBombGzip(head: Uint8Array, zeroBytes: number): Generator<Uint8Array> {
  const MIB = 1024 * 1024;
  yield GZIP_HEADER;
  yield deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(new Uint8Array(MIB), { finishFlush: constants.Z_FULL_FLUSH });
  for (let done = 0; done < zeroBytes; done += MIB) yield block;
}
