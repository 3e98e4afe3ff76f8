import { byteOrderMark, utf16FromNulPattern } from './byte-order.js';

/** What a page's bytes hold, recognised from their structure, never from a file name. */
export type SniffedFormat = 'html' | 'text' | 'rss' | 'atom' | 'jsonfeed' | 'warc' | 'binary';

/** Magic bytes at an offset; `null` matches any byte. */
interface Magic {
  name: string;
  offset: number;
  bytes: Array<number | null>;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const any = (count: number): null[] => Array<null>(count).fill(null);

const BINARY_MAGIC: Magic[] = [
  { name: 'PNG image', offset: 0, bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP image', offset: 0, bytes: [...ascii('RIFF'), ...any(4), ...ascii('WEBP')] },
  { name: 'RIFF media (WAV/AVI)', offset: 0, bytes: [...ascii('RIFF'), ...any(4), ...ascii('WAVE')] },
  { name: 'RIFF media (WAV/AVI)', offset: 0, bytes: [...ascii('RIFF'), ...any(4), ...ascii('AVI ')] },
  { name: 'TIFF image', offset: 0, bytes: [...ascii('II*'), 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [...ascii('MM'), 0x00, 0x2a] },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'MP4/QuickTime media', offset: 4, bytes: ascii('ftyp') },
  { name: 'Matroska/WebM media', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { name: 'MP3 audio', offset: 0, bytes: [...ascii('ID3'), null, 0x00] },
  { name: 'ZIP archive (or DOCX/EPUB/ODT)', offset: 0, bytes: [...ascii('PK'), 0x03, 0x04] },
  { name: 'ZIP archive (or DOCX/EPUB/ODT)', offset: 0, bytes: [...ascii('PK'), 0x05, 0x06] },
  { name: 'gzip data', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2 data', offset: 4, bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz data', offset: 0, bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { name: 'zstd data', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'OLE document (DOC/XLS)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite database', offset: 0, bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, ...ascii('ELF')] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, ...ascii('asm')] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'WOFF font', offset: 0, bytes: ascii('wOF') },
];

const CONTROL_SAMPLE_BYTES = 8192;
// Text has next to no C0 controls besides tab, line breaks, form feed and escape; random or
// compressed bytes have about 11%.
const MAX_CONTROL_RATIO = 0.03;

function matchesMagic(bytes: Uint8Array, magic: Magic): boolean {
  return magic.bytes.every((byte, i) => byte === null || bytes[magic.offset + i] === byte);
}

function isControlByte(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
    byte === 0x7f
  );
}

/** Name of a known binary format from its magic bytes or its share of control bytes, or null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of BINARY_MAGIC) if (matchesMagic(bytes, magic)) return magic.name;
  // UTF-16 and UTF-32 text is full of NULs in a regular pattern: the decoder reads it.
  const bom = byteOrderMark(bytes);
  if ((bom && bom.encoding !== 'utf-8') || utf16FromNulPattern(bytes)) return null;
  const head = bytes.subarray(0, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of head) if (isControlByte(byte)) controls++;
  return head.length > 0 && controls / head.length > MAX_CONTROL_RATIO ? 'binary data' : null;
}

const HEAD_CHARS = 4096;
const HTML_ELEMENTS = new Set(
  (
    'html head body meta title base link style script noscript template div article section main header ' +
    'footer nav aside p span a b i u em strong small br hr img picture source figure figcaption ' +
    'blockquote pre code ul ol li dl dt dd table thead tbody tr td th form iframe time h1 h2 h3 h4 h5 h6'
  ).split(' '),
);
// Tags that make a fragment without a root element HTML when they recur in its opening.
const FRAGMENT_TAG =
  /<\/?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|img|table|tr|td|figure|blockquote)\b[^<>]{0,256}>/gi;
const MIN_FRAGMENT_TAGS = 3;

interface Prolog {
  /** The text after the BOM, whitespace, comments, processing instructions and doctype. */
  rest: string;
  doctype: string | null;
}

/** Skip what may precede a document's first element. */
function skipProlog(head: string): Prolog {
  let rest = head.replace(/^\uFEFF/, '');
  let doctype: string | null = null;
  for (;;) {
    rest = rest.trimStart();
    const close = rest.startsWith('<!--')
      ? '-->'
      : rest.startsWith('<?') || /^<!doctype/i.test(rest)
        ? '>'
        : null;
    if (close === null) return { rest, doctype };
    const end = rest.indexOf(close);
    if (end < 0) return { rest: '', doctype };
    if (/^<!doctype/i.test(rest)) doctype = rest.slice(0, end + 1);
    rest = rest.slice(end + close.length);
  }
}

function isJsonFeed(head: string): boolean {
  return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
}

function formatOfRootElement(name: string, head: string): Exclude<SniffedFormat, 'binary' | 'warc'> | null {
  const lower = name.toLowerCase();
  if (lower === 'rss') return 'rss';
  if (lower === 'feed') return 'atom';
  if (lower.endsWith(':rdf') && /purl\.org\/rss|<channel[\s>]/i.test(head)) return 'rss';
  if (HTML_ELEMENTS.has(lower)) return 'html';
  return null;
}

/**
 * Recognise the format of decoded text from its opening structure: feeds (RSS 0.9x–2.0, RSS 1.0
 * RDF, Atom, JSON Feed), HTML documents, XHTML and HTML fragments; anything else is text.
 */
export function sniffTextFormat(text: string): Exclude<SniffedFormat, 'binary' | 'warc'> {
  const head = text.slice(0, HEAD_CHARS);
  const { rest, doctype } = skipProlog(head);
  if (rest.startsWith('{')) return isJsonFeed(head) ? 'jsonfeed' : 'text';
  const root = /^<([A-Za-z][\w:.-]*)/.exec(rest)?.[1];
  const byRoot = root ? formatOfRootElement(root, head) : null;
  if (byRoot) return byRoot;
  if (doctype && /^<!doctype\s+html\b/i.test(doctype)) return 'html';
  if (root && new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>`, 'i').test(head)) return 'html';
  return (head.match(FRAGMENT_TAG)?.length ?? 0) >= MIN_FRAGMENT_TAGS ? 'html' : 'text';
}

/** True when bytes start a WARC record. */
export function isWarc(bytes: Uint8Array): boolean {
  return bytes.length > 8 && Buffer.from(bytes.subarray(0, 8)).toString('latin1').startsWith('WARC/');
}
