import { describe, expect, it } from 'vitest';
import { gzipMembers, warcResponse, zeroBombGzip } from '../../test-support/hostile-warc.js';
import { readWarc, type WarcItem, type WarcLimits } from './read-warc.js';

const LIMITS: WarcLimits = { maxRecordBytes: 64 * 1024, maxRatio: 100, ratioFloorBytes: 4 * 1024 * 1024 };

async function items(source: Iterable<Uint8Array>, limits = LIMITS): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of readWarc(source, 'file:hostile.warc', limits)) out.push(item);
  return out;
}

const summary = (list: WarcItem[]) =>
  list.map((item) => ('page' in item ? item.page.uri : 'reason' in item ? item.reason : item.code));
const page = (n: number) => warcResponse(`https://news.test/${n}`, `<html><title>Page ${n}</title></html>`);

describe('readWarc on hostile archives', () => {
  it('stops a gzip bomb by its ratio, names the record, keeps the pages before it', async () => {
    const head = warcResponse('https://news.test/bomb', '', { declaredLength: 10 * 1024 ** 3 });
    const before = process.memoryUsage().rss;
    const result = await items([
      gzipMembers([page(1)]),
      ...zeroBombGzip(head.subarray(0, head.length - 4), 10 * 1024 ** 3),
    ]);
    expect(summary(result)).toEqual(['https://news.test/1', 'BOMB']);
    const bomb = result[1] as { message: string };
    expect(bomb.message).toMatch(/record 2 \(https:\/\/news\.test\/bomb\).*decompression bomb/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('skips a record larger than the page limit with TOO_LARGE and reads on', async () => {
    const big = warcResponse('https://news.test/big', 'x'.repeat(200 * 1024));
    const result = await items([gzipMembers([page(1), big, page(3)])]);
    expect(summary(result)).toEqual(['https://news.test/1', 'TOO_LARGE', 'https://news.test/3']);
    expect((result[1] as { message: string }).message).toMatch(
      /record 2 \(https:\/\/news\.test\/big\).*65536/,
    );
  });

  it('reports a record cut short as TRUNCATED instead of storing half a page', async () => {
    const whole = warcResponse('https://news.test/cut', `<html><title>Cut</title>${'y'.repeat(1000)}</html>`);
    const cut = whole.subarray(0, whole.length - 500);
    const plain = await items([page(1), cut]);
    expect(summary(plain)).toEqual(['https://news.test/1', 'TRUNCATED']);
    expect((plain[1] as { message: string }).message).toMatch(/record 2 \(https:\/\/news\.test\/cut\)/);
  });

  it('reports a .warc.gz cut inside a gzip member as TRUNCATED', async () => {
    const archive = gzipMembers([page(1), page(2), page(3)]);
    const result = await items([archive.subarray(0, archive.length - 30)]);
    expect(summary(result).at(-1)).toBe('TRUNCATED');
    expect(summary(result)).toContain('https://news.test/1');
  });
});
