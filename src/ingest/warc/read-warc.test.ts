import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readWarc, type WarcItem } from './read-warc.js';

async function responseRecord(
  url: string,
  body: string,
  contentType = 'text/html; charset=utf-8',
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      date: '2021-05-29T10:00:00Z',
      type: 'response',
      warcVersion: 'WARC/1.1',
      httpHeaders: { 'Content-Type': contentType },
    },
    (async function* () {
      yield new TextEncoder().encode(body);
    })(),
  );
  return WARCSerializer.serialize(record);
}

async function items(bytes: Uint8Array): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of readWarc([bytes], 'file:test.warc')) out.push(item);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

describe('readWarc', () => {
  it('yields HTML response records as pages and skips other content', async () => {
    const bytes = concat([
      await responseRecord('https://news.test/a', '<html><title>A</title></html>'),
      await responseRecord('https://news.test/logo.png', 'PNG', 'image/png'),
      await responseRecord('https://news.test/b', '<html><title>B</title></html>'),
    ]);
    const result = await items(bytes);
    expect(
      result.map((item) => ('page' in item ? item.page.uri : 'reason' in item ? item.reason : item.code)),
    ).toEqual(['https://news.test/a', 'not a page (image/png)', 'https://news.test/b']);
    const first = result[0]!;
    expect('page' in first && new TextDecoder().decode(first.page.bytes)).toContain('<title>A</title>');
  });

  it('reads gzipped archives', async () => {
    const record = WARCRecord.create(
      {
        url: 'https://news.test/gz',
        type: 'response',
        warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': 'text/html' },
      },
      [new TextEncoder().encode('<html><title>GZ</title></html>')],
    );
    const result = await items(await WARCSerializer.serialize(record, { gzip: true }));
    expect(result).toHaveLength(1);
    expect('page' in result[0]! && result[0].page.uri).toBe('https://news.test/gz');
  });

  it('keeps the pages before a corrupt record and reports it', async () => {
    const good = await responseRecord('https://news.test/a', '<html><title>A</title></html>');
    const broken = new TextEncoder().encode(
      'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated',
    );
    const garbage = new TextEncoder().encode('GARBAGE, not a WARC record\r\n\r\n');
    expect((await items(concat([good, garbage]))).map((item) => 'code' in item)).toEqual([false, true]);
    const result = await items(concat([good, broken]));
    expect('page' in result[0]!).toBe(true);
    expect(result.some((item) => 'code' in item && item.code === 'PARSE')).toBe(true);
  });
});
