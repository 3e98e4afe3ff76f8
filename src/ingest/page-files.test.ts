import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatedPage, looksBinary, notAPageReason } from './page-files.js';

describe('page files in folders', () => {
  it('names the files that are not pages', () => {
    expect(notAPageReason('samples/expected/text/a.txt.jsonl')).toMatch(/JSON lines/);
    expect(notAPageReason('samples/README.md')).toBe('documentation file');
    expect(notAPageReason('corpus/LICENSE')).toBe('documentation file');
    expect(notAPageReason('corpus/page.html')).toBeNull();
    expect(notAPageReason('corpus/dump.txt')).toBeNull();
    expect(notAPageReason('corpus/readme-not.html')).toBeNull();
  });

  it('tells binary content from text, UTF-16 included', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      true,
    );
    expect(looksBinary(new TextEncoder().encode('Le Vietnam et la Russie'))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x4c, 0, 0x65, 0]))).toBe(false);
  });

  it('inflates a gzip page, stops a bomb at the byte limit and names a corrupt one', () => {
    const html = new TextEncoder().encode('<html><body><p>Le Vietnam et la Russie</p></body></html>');
    expect(inflatedPage(new Uint8Array(gzipSync(html)), 1024)).toEqual({ bytes: html });
    expect(inflatedPage(html, 1024)).toEqual({ bytes: html });
    const bomb = new Uint8Array(gzipSync(new Uint8Array(10 * 1024 * 1024)));
    expect(inflatedPage(bomb, 1024 * 1024)).toMatchObject({ code: 'TOO_LARGE' });
    const truncated = new Uint8Array(gzipSync(html)).subarray(0, 12);
    expect(inflatedPage(truncated, 1024)).toMatchObject({ code: 'PARSE', error: /corrupt gzip/ });
  });
});
