import iconv from 'iconv-lite';

/** Where a page states its charset. */
export type CharsetSource = 'header' | 'meta' | 'xml';

export interface DeclaredCharset {
  source: CharsetSource;
  /** The label as written, lower-cased. */
  label: string;
  /** The encoding it names (see `encodingForLabel`), or null when it names none we can decode. */
  encoding: string | null;
}

// Labels whose meaning browsers changed: pages labelled latin-1 or ASCII are windows-1252 in
// practice (bytes 0x80–0x9F are curly quotes and dashes, never C1 controls).
const LABEL_ALIASES: Record<string, string> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
  'ucs-2': 'utf-16le',
  'utf-32': 'utf-32le',
};

/** The canonical encoding a charset label names, or null when it is unknown to the decoder. */
export function encodingForLabel(label: string): string | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  // UTF-7 is refused as browsers refuse it: it smuggles markup past ASCII-level checks.
  if (key.length === 0 || key.length > 40 || /utf-?7/.test(key)) return null;
  const alias = LABEL_ALIASES[key];
  if (alias) return alias;
  if (/^(?:windows|cp)-?125\d$/.test(key)) return `windows-${key.slice(-4)}`;
  return iconv.encodingExists(key) ? key : null;
}

const PRESCAN_BYTES = 4096;
const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_TAG = /<meta\b[^>]{0,512}>/gi;
const XML_DECLARATION = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

function declared(source: CharsetSource, label: string): DeclaredCharset {
  const lower = label.toLowerCase();
  return { source, label: lower, encoding: encodingForLabel(lower) };
}

/** The charset named by a Content-Type value (`text/html; charset=…`), or null. */
export function charsetFromContentType(contentType: string): string | null {
  return CHARSET_PARAM.exec(contentType)?.[1] ?? null;
}

/** The charset a `<meta>` tag declares (`charset=` or an `http-equiv` Content-Type), or null. */
function charsetFromMetaTag(tag: string): string | null {
  const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
  if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1]!;
  if (!/\bhttp-equiv\s*=\s*["']?content-type/i.test(tag)) return null;
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const value = content?.[1] ?? content?.[2];
  return value === undefined ? null : charsetFromContentType(value);
}

/**
 * The charset a page declares: the Content-Type header hint first, then the XML declaration,
 * then the first `<meta>` that names one within the first 4 KiB (read as ASCII, as browsers
 * pre-scan). Returns null when nothing is declared.
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): DeclaredCharset | null {
  const fromHeader = contentType ? charsetFromContentType(contentType) : null;
  if (fromHeader) return declared('header', fromHeader);
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  if (xml) return declared('xml', xml[1]!);
  for (const match of head.matchAll(META_TAG)) {
    const label = charsetFromMetaTag(match[0]);
    if (label) return declared('meta', label);
  }
  return null;
}
