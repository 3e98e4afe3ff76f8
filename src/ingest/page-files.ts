import { basename, extname } from 'node:path';

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
