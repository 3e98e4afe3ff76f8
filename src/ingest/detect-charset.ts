import chardet from 'chardet';

/** An encoding guessed from byte statistics, with the detector's confidence (0–100). */
export interface DetectedCharset {
  encoding: string;
  confidence: number;
}

// The only answers trusted from the detector: single-byte encodings of the European and
// Vietnamese pages Entente reads. Its guesses outside these (CJK multi-byte sets, Hebrew,
// Arabic) on Latin text are noise, and a wrong single-byte guess costs little.
const SANE_CANDIDATES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-15': 'windows-1252',
  'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'iso-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  'windows-1258': 'windows-1258',
};

// An ISO-8859 guess for bytes that use 0x80–0x9F (C1 controls there, never in real text)
// means the Windows code page built on it.
const WINDOWS_SUPERSET: Record<string, string> = {
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
};

const FALLBACK: DetectedCharset = { encoding: 'windows-1252', confidence: 0 };
// A non-Western guess must be this sure, and this much surer than the Western reading.
const MIN_CONFIDENCE = 20;
const MIN_LEAD_OVER_WESTERN = 10;

// The detector reads every byte it is given; a window from the first non-ASCII byte is as telling.
const SAMPLE_BYTES = 64 * 1024;

function sampleOf(bytes: Uint8Array): Uint8Array {
  const firstNonAscii = bytes.findIndex((byte) => byte >= 0x80);
  const start = Math.max(0, firstNonAscii - 1024);
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

function usesC1Range(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80 && byte <= 0x9f);
}

/**
 * Guess the single-byte encoding of bytes that are not UTF-8, restricted to sane candidates;
 * windows-1252 when the detector is unsure.
 */
export function detectSingleByteCharset(bytes: Uint8Array): DetectedCharset {
  const sample = sampleOf(bytes);
  const matches = chardet
    .analyse(sample)
    .map((match) => ({ encoding: SANE_CANDIDATES[match.name.toLowerCase()], confidence: match.confidence }))
    .filter((match): match is DetectedCharset => match.encoding !== undefined)
    .sort((a, b) => b.confidence - a.confidence || a.encoding.localeCompare(b.encoding));
  const best = matches[0];
  if (!best) return FALLBACK;
  const western = matches.find((match) => match.encoding === 'windows-1252')?.confidence ?? 0;
  if (best.encoding === 'windows-1252') return best;
  if (best.confidence < MIN_CONFIDENCE || best.confidence < western + MIN_LEAD_OVER_WESTERN) {
    return { encoding: 'windows-1252', confidence: western };
  }
  const superset = WINDOWS_SUPERSET[best.encoding];
  return superset && usesC1Range(sample) ? { ...best, encoding: superset } : best;
}
