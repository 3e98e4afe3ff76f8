import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; code: 'ENCODING' | 'EMPTY' | 'UNSUPPORTED'; message: string };

/** Decode page bytes to text: BOM, then strict UTF-8, then Windows-1252. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', message: 'the input is empty (0 bytes)' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      notes: ['bom'],
    };
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      notes: [],
    };
  } catch {
    return {
      ok: true,
      text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
      encoding: 'windows-1252',
      notes: [],
    };
  }
}
