/** Unicode encodings recognisable from the bytes alone: byte-order marks and NUL patterns. */
export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export interface ByteOrderMark {
  encoding: UnicodeEncoding;
  /** Length of the mark in bytes, skipped before decoding. */
  length: number;
}

// UTF-32 LE must be tried before UTF-16 LE: its mark starts with the UTF-16 LE one.
const MARKS: Array<[UnicodeEncoding, number[]]> = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The byte-order mark opening `bytes`, or null. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  for (const [encoding, mark] of MARKS) {
    if (bytes.length >= mark.length && mark.every((byte, i) => bytes[i] === byte)) {
      return { encoding, length: mark.length };
    }
  }
  return null;
}

const SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a mark, from where the NULs fall: text in Latin scripts is mostly ASCII, so
 * one byte of each pair is NUL (the odd one in little-endian, the even one in big-endian),
 * while the other byte almost never is.
 */
export function utf16FromNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  const clearlyMore = (many: number, few: number): boolean => many >= pairs * 0.4 && few <= pairs * 0.05;
  if (clearlyMore(oddNuls, evenNuls)) return 'utf-16le';
  if (clearlyMore(evenNuls, oddNuls)) return 'utf-16be';
  return null;
}
