import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { byteOrderMark, utf16FromNulPattern } from './byte-order.js';

const DISPATCH = "Hanoï (VNA) - Le Premier ministre a reçu mardi l'ambassadeur du Canada.";

describe('byteOrderMark', () => {
  it('recognises each mark, UTF-32 LE before UTF-16 LE', () => {
    expect(byteOrderMark(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      encoding: 'utf-8',
      length: 3,
    });
    expect(byteOrderMark(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      encoding: 'utf-16le',
      length: 2,
    });
    expect(byteOrderMark(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({
      encoding: 'utf-16be',
      length: 2,
    });
    expect(byteOrderMark(Uint8Array.from([0xff, 0xfe, 0x00, 0x00]))).toEqual({
      encoding: 'utf-32le',
      length: 4,
    });
    expect(byteOrderMark(Uint8Array.from([0x00, 0x00, 0xfe, 0xff]))).toEqual({
      encoding: 'utf-32be',
      length: 4,
    });
  });

  it('finds none in plain text or a lone 0xFF', () => {
    expect(byteOrderMark(Buffer.from('Hanoï'))).toBeNull();
    expect(byteOrderMark(Uint8Array.from([0xff]))).toBeNull();
  });
});

describe('utf16FromNulPattern', () => {
  it('tells little- from big-endian UTF-16 without a mark', () => {
    expect(utf16FromNulPattern(iconv.encode(DISPATCH, 'utf-16le'))).toBe('utf-16le');
    expect(utf16FromNulPattern(iconv.encode(DISPATCH, 'utf-16be'))).toBe('utf-16be');
  });

  it('sees no pattern in UTF-8 text or in bytes with scattered NULs', () => {
    expect(utf16FromNulPattern(Buffer.from(DISPATCH))).toBeNull();
    expect(utf16FromNulPattern(Uint8Array.from([0, 0, 0, 0, 1, 2, 0, 0]))).toBeNull();
  });
});
