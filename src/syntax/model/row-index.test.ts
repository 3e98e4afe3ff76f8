import { describe, expect, it } from 'vitest';
import { Random } from '../train/random.js';
import { bitCount, buildRowIndex, offsetsOf, rowOf } from './row-index.js';

/** Rows of 0–3 entries (half of them empty), as (bucket → entries) and in compressed-row form. */
function randomRows(random: Random, buckets: number): { offsets: Uint32Array; packed: Int32Array } {
  const offsets = new Uint32Array(buckets + 1);
  const packed: number[] = [];
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    offsets[bucket] = packed.length;
    const length = random.next() < 0.5 ? 0 : Math.floor(random.next() * 4);
    for (let i = 0; i < length; i += 1) {
      const weight = Math.round((random.next() - 0.5) * 65534);
      packed.push((i * 7 + 3) * 65536 + (weight & 0xffff));
    }
  }
  offsets[buckets] = packed.length;
  return { offsets, packed: Int32Array.from(packed) };
}

describe('row index', () => {
  it('counts bits of any 32-bit word', () => {
    for (const word of [0, 1, 0x80000000, 0xffffffff, 0x55555555, 0x12345678, -1]) {
      const expected = [...(word >>> 0).toString(2)].filter((bit) => bit === '1').length;
      expect(bitCount(word)).toBe(expected);
    }
  });

  it('gives every bucket its row: empty, a lone entry in place, or start and length', () => {
    const random = new Random(5);
    for (const buckets of [1, 31, 32, 33, 1024]) {
      const { offsets, packed } = randomRows(random, buckets);
      const index = buildRowIndex(offsets, packed)!;
      for (let bucket = 0; bucket < buckets; bucket += 1) {
        const start = offsets[bucket]!;
        const length = offsets[bucket + 1]! - start;
        const row = rowOf(index, bucket);
        if (length === 0) expect(row).toBe(0);
        else if (length === 1) expect([row < 0, row & 0x7fffffff]).toEqual([true, packed[start]]);
        else expect([row >>> 8, row & 0xff]).toEqual([start, length]);
      }
    }
  });

  it('gives back the row bounds it was built from', () => {
    const random = new Random(9);
    for (const buckets of [1, 31, 32, 33, 1024]) {
      const { offsets, packed } = randomRows(random, buckets);
      expect(Array.from(offsetsOf(buildRowIndex(offsets, packed)!, buckets))).toEqual(Array.from(offsets));
    }
  });

  it('declines rows longer than a descriptor holds', () => {
    const offsets = Uint32Array.from([0, 300, 300]);
    expect(buildRowIndex(offsets, new Int32Array(300))).toBeNull();
  });
});
