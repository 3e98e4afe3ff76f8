import { basename, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Files found in a folder that are data or documentation, not pages, by extension. */
const NOT_PAGE_EXTENSIONS = new Map([
  ['.jsonl', 'JSON lines (records, not a page)'],
  ['.ndjson', 'JSON lines (records, not a page)'],
  ['.md', 'Markdown documentation'],
  ['.csv', 'CSV table'],
  ['.tsv', 'TSV table'],
]);

const DOCUMENT_NAMES = /^(readme|licen[cs]e|copying|changelog|notice|authors)(\.[a-z]+)?$/i;

/**
 * Why a file met while walking a folder is not a page (README, JSON lines, tables), or null.
 * Files named on the command line are always read: this only keeps folder walks to pages.
 */
export function notAPageReason(path: string): string | null {
  const name = basename(path);
  if (DOCUMENT_NAMES.test(name)) return 'documentation file';
  return NOT_PAGE_EXTENSIONS.get(extname(name).toLowerCase()) ?? null;
}

/**
 * True for binary content (images, PDFs, archives): a NUL byte in the first 4 KB, unless a
 * UTF-16 byte-order mark says the NULs are text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 4096).includes(0);
}

/** A page file's bytes to read, or why they cannot be (`TOO_LARGE`, `PARSE`). */
export type PageBytes = { bytes: Uint8Array } | { code: 'TOO_LARGE' | 'PARSE'; error: string };

/**
 * A gzip-compressed page ("page.html.gz", as crawls store them) inflated, never past `maxBytes`
 * (a decompression bomb stops there); any other file as it is.
 */
export function inflatedPage(bytes: Uint8Array, maxBytes: number): PageBytes {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { bytes };
  try {
    return { bytes: new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes })) };
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { code: 'TOO_LARGE', error: `gzip page inflates past ${maxBytes} bytes (--max-bytes)` };
    return { code: 'PARSE', error: `truncated or corrupt gzip: ${(error as Error).message}` };
  }
}
