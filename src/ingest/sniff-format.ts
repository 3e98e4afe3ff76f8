/** What a page's bytes hold, recognised from their structure, never from a file name. */
export type SniffedFormat = 'html' | 'text' | 'rss' | 'atom' | 'jsonfeed' | 'warc' | 'binary';

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
];

/** Name of a known binary format from its magic bytes, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of BINARY_MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return name;
  }
  const head = bytes.subarray(0, 4096);
  let controls = 0;
  for (const byte of head) if (byte === 0 || (byte < 8 && byte !== 0)) controls++;
  // UTF-16 text has many NULs but in a regular pattern; leave it to the decoder.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.length > 0 && controls / head.length > 0.1) return 'binary data';
  return null;
}

/** Recognise the format of decoded text from its opening structure. */
export function sniffTextFormat(text: string): Exclude<SniffedFormat, 'binary' | 'warc'> {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<rss[\s>]/i.test(head) || /^<rss[\s>]/i.test(head))
    return 'rss';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<feed[\s>]/i.test(head)) return 'atom';
  if (/^\{\s*"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head)) return 'jsonfeed';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head)) return 'html';
  if (
    /^(?:<!--[\s\S]*?-->\s*)*<(?:html|head|body|meta|title|div|article|p|section|main|header|script|link|style|table|h[1-6])[\s>/]/i.test(
      head,
    )
  ) {
    return 'html';
  }
  return 'text';
}

/** True when bytes start a WARC record. */
export function isWarc(bytes: Uint8Array): boolean {
  return bytes.length > 8 && Buffer.from(bytes.subarray(0, 8)).toString('latin1').startsWith('WARC/');
}
