import iconv from 'iconv-lite';
import { byteOrderMark, utf16FromNulPattern } from './byte-order.js';
import { declaredCharset, type DeclaredCharset } from './charset.js';
import { detectSingleByteCharset } from './detect-charset.js';
import { repairMojibake } from './mojibake.js';
import { implausibleTextReason } from './text-plausibility.js';

/**
 * Decoded text with the decisions taken (`notes`, each `kind:detail`, which the extractor turns
 * into `ingest.decode.<kind>` diagnostics): `bom:<enc>`, `charset:nul-pattern:<enc>`,
 * `charset:header|xml|meta:<enc>`, `charset:declared-wrong:<enc>`, `charset:declared-ignored:<enc>`,
 * `charset:unknown-label:<label>`, `charset:detected:<enc>`, `utf8:invalid-bytes:<n>`,
 * `mojibake:repaired:<n>`, `mojibake:passes:<n>`, `replacement:<n>` (U+FFFD left in the text).
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; code: 'ENCODING' | 'EMPTY' | 'UNSUPPORTED'; message: string };

/** What is known about the bytes from outside them. */
export interface DecodeHints {
  /** The Content-Type header (or declared media type), whose `charset=` wins over the page's own. */
  contentType?: string | null;
}

/**
 * How far decoded text is checked for sense: not at all for strict UTF-8 (the bytes are what
 * the author wrote), for nonsense characters when the encoding is known but the bytes may not
 * fit it, and for missing word spaces as well when the encoding was guessed.
 */
type Trust = 'valid' | 'declared' | 'guessed';

interface Decoded {
  text: string;
  encoding: string;
  trust: Trust;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');
// Mostly-valid UTF-8 (a corrupt byte, a truncated tail) stays UTF-8 with replacement characters
// when well-formed multi-byte sequences outnumber invalid bytes by this factor.
const LENIENT_UTF8_MIN_VALID_PER_INVALID = 4;

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return LENIENT_UTF8.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  });
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Well-formed multi-byte UTF-8 sequences and bytes that start none. */
function utf8SequenceCounts(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (length > 1) valid++;
      i += length;
    }
  }
  return { valid, invalid };
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80);
}

const isWideUnicode = (encoding: string): boolean => /^utf-(?:16|32)/.test(encoding);

/** Bytes that are valid UTF-8: UTF-8 wins over a declaration, except for pure ASCII. */
function fromValidUtf8(
  bytes: Uint8Array,
  text: string,
  declared: DeclaredCharset | null,
  notes: string[],
): Decoded {
  const encoding = declared?.encoding;
  if (!declared || encoding === 'utf-8') return { text, encoding: 'utf-8', trust: 'valid' };
  if (!encoding) {
    notes.push(`charset:unknown-label:${declared.label}`);
  } else if (isWideUnicode(encoding)) {
    // A page that says UTF-16 yet reads as ASCII-compatible bytes was transcoded without its label.
    notes.push(`charset:declared-ignored:${encoding}`);
  } else if (isAscii(bytes)) {
    notes.push(`charset:${declared.source}:${encoding}`);
    return { text: decodeWith(bytes, encoding), encoding, trust: 'declared' };
  } else {
    notes.push(`charset:declared-wrong:${encoding}`);
  }
  return { text, encoding: 'utf-8', trust: 'valid' };
}

/** Bytes that are not valid UTF-8: a usable declaration, mostly-UTF-8, or a detected code page. */
function fromInvalidUtf8(bytes: Uint8Array, declared: DeclaredCharset | null, notes: string[]): Decoded {
  const encoding = declared?.encoding;
  if (declared && encoding && encoding !== 'utf-8' && !isWideUnicode(encoding)) {
    notes.push(`charset:${declared.source}:${encoding}`);
    return { text: decodeWith(bytes, encoding), encoding, trust: 'declared' };
  }
  if (declared && !encoding) notes.push(`charset:unknown-label:${declared.label}`);
  const { valid, invalid } = utf8SequenceCounts(bytes);
  if (valid >= invalid * LENIENT_UTF8_MIN_VALID_PER_INVALID) {
    notes.push(`utf8:invalid-bytes:${invalid}`);
    return { text: LENIENT_UTF8.decode(bytes), encoding: 'utf-8', trust: 'declared' };
  }
  if (declared && encoding) notes.push(`charset:declared-wrong:${encoding}`);
  const detected = detectSingleByteCharset(bytes);
  // Not UTF-8 and nothing trustworthy declared: the code page is a guess, which the record says.
  notes.push(`utf8:invalid-guessed:${detected.encoding}`);
  notes.push(`charset:detected:${detected.encoding}`);
  return { text: decodeWith(bytes, detected.encoding), encoding: detected.encoding, trust: 'guessed' };
}

function decodeToText(bytes: Uint8Array, hints: DecodeHints, notes: string[]): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    notes.push(`bom:${bom.encoding}`);
    return {
      text: decodeWith(bytes.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
      trust: 'declared',
    };
  }
  const wide = utf16FromNulPattern(bytes);
  if (wide) {
    notes.push(`charset:nul-pattern:${wide}`);
    return { text: decodeWith(bytes, wide), encoding: wide, trust: 'guessed' };
  }
  const declared = declaredCharset(bytes, hints.contentType);
  const utf8 = strictUtf8(bytes);
  return utf8 === null
    ? fromInvalidUtf8(bytes, declared, notes)
    : fromValidUtf8(bytes, utf8, declared, notes);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/**
 * Decode page bytes to text. Order of evidence: byte-order mark, UTF-16 NUL pattern, strict
 * UTF-8 (which overrides a wrong declaration), the declared charset (Content-Type hint, XML
 * declaration, `<meta>`), mostly-valid UTF-8, then a detected single-byte code page. Mojibake
 * is repaired when unambiguous. Each decision is a `notes` entry (`charset:meta:windows-1250`,
 * `mojibake:repaired:12`); ENCODING only when the bytes give no sensible text at all.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', message: 'the input is empty (0 bytes)' };
  const notes: string[] = [];
  const decoded = decodeToText(bytes, hints, notes);
  const implausible =
    decoded.trust === 'valid'
      ? null
      : implausibleTextReason(decoded.text, { expectSpaces: decoded.trust === 'guessed' });
  if (implausible) {
    return {
      ok: false,
      code: 'ENCODING',
      message: `cannot decode the bytes as text (tried ${decoded.encoding}): ${implausible}`,
    };
  }
  const repair = repairMojibake(decoded.text);
  if (repair.repaired > 0) {
    notes.push(`mojibake:repaired:${repair.repaired}`);
    if (repair.passes > 1) notes.push(`mojibake:passes:${repair.passes}`);
  }
  const replacements = countReplacements(repair.text);
  if (replacements > 0) notes.push(`replacement:${replacements}`);
  return { ok: true, text: repair.text, encoding: decoded.encoding, notes };
}
