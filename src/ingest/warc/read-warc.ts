import { WARCParser } from 'warcio';
import { makePage, type Page } from '../page.js';

export type WarcItem = { page: Page } | { uri: string; code: string; message: string };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)/i;

/**
 * HTML response records of a WARC or WARC.gz stream as pages (payload decoded from chunked and
 * content encodings). A corrupt record ends the archive with one PARSE error; pages before it stay.
 */
export async function* readWarc(
  source: AsyncIterable<Uint8Array>,
  archiveUri: string,
): AsyncGenerator<WarcItem> {
  let index = 0;
  try {
    for await (const record of new WARCParser(source)) {
      index++;
      if (record.warcType !== 'response') continue;
      const uri = record.warcTargetURI ?? `${archiveUri}#record-${index}`;
      const status = record.httpHeaders?.statusCode;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      if (status !== undefined && status !== 200) continue;
      if (contentType && !HTML_TYPES.test(contentType)) continue;
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
