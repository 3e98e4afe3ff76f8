import { WARCParser } from 'warcio';
import { makePage, type Page } from '../page.js';

export type WarcItem = { page: Page } | { uri: string; code: string; message: string };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)/i;

/**
 * HTML response records of a WARC or WARC.gz stream as pages (payload decoded from chunked and
 * content encodings). A record without the mandatory WARC headers gives a PARSE error and reading
 * goes on; an archive that cannot be parsed further ends with one PARSE error.
 */
export async function* readWarc(
  source: ConstructorParameters<typeof WARCParser>[0],
  archiveUri: string,
): AsyncGenerator<WarcItem> {
  let index = 0;
  try {
    for await (const record of new WARCParser(source)) {
      index++;
      if (!record.warcType || !record.warcHeader('WARC-Record-ID')) {
        for await (const chunk of record) void chunk;
        yield {
          uri: `${archiveUri}#record-${index}`,
          code: 'PARSE',
          message: `${archiveUri}: record ${index} is not a valid WARC record (no WARC-Type or WARC-Record-ID)`,
        };
        continue;
      }
      const uri = record.warcTargetURI ?? `${archiveUri}#record-${index}`;
      const status = record.httpHeaders?.statusCode;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      const wanted =
        record.warcType === 'response' &&
        (status === undefined || status === 200) &&
        (!contentType || HTML_TYPES.test(contentType));
      if (!wanted) {
        // Drain skipped records chunk by chunk: warcio's own skip spins on a truncated record.
        for await (const chunk of record) void chunk;
        continue;
      }
      const payload = await record.readFully(true);
      yield {
        page: makePage(uri, payload, { fetchedAt: record.warcDate ?? null, contentType }),
      };
    }
  } catch (error) {
    yield {
      uri: `${archiveUri}#record-${index}`,
      code: 'PARSE',
      message: `${archiveUri}: corrupt WARC record ${index}: ${(error as Error).message}`,
    };
  }
}
