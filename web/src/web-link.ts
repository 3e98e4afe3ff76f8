/**
 * True only for absolute http(s) URLs: a source URI from a WARC or feed may be `javascript:`,
 * `data:` or anything else, and is then shown as text, never as a link.
 */
export function isWebLink(uri: string): boolean {
  try {
    const { protocol } = new URL(uri);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
