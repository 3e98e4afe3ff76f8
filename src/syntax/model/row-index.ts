/**
 * A compact map from hash buckets to the rows of SparseWeights, for scoring. Most buckets are
 * empty (70–85% of a parser's), yet the offsets array gives each one 4 bytes (8 MB for 2^21
 * buckets), and a feature reads it before its row: two cache misses. Here a bucket is one bit of
 * `blocks` (32 buckets per pair of words: the bits, then the number of non-empty buckets before
 * them; 0.25 bytes a bucket), so an empty bucket costs a read that mostly hits the cache, and a
 * non-empty one is a `rows` descriptor counted by rank: the row's start and length, or, for a row
 * of one entry, the entry itself (no read of the entries at all).
 */
export interface RowIndex {
  /** Per 32 buckets: the bit set of the non-empty ones, then the number of non-empty buckets before. */
  blocks: Uint32Array;
  /**
   * Per non-empty bucket, in bucket order: `start << 8 | length` (positive), or a lone entry with
   * the sign bit set (entries hold the class in bits 16–30, so the bit is free).
   */
  rows: Int32Array;
}

/** Longest row and most entries a descriptor can hold. */
const MAX_ROW = 255;
const MAX_ENTRIES = 2 ** 23;
const LONE_ENTRY = 0x80000000;

/** Number of bits set in a 32-bit integer. */
export function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The index of compressed rows (bucket b's entries are packed[offsets[b]] to packed[offsets[b + 1]]);
 * null when a row is longer or the entries more than a descriptor holds (then score by offsets).
 */
export function buildRowIndex(
  offsets: Uint32Array,
  packed: Int32Array,
  allocate: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): RowIndex | null {
  const buckets = offsets.length - 1;
  if (packed.length >= MAX_ENTRIES) return null;
  let nonEmpty = 0;
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const length = offsets[bucket + 1]! - offsets[bucket]!;
    if (length > MAX_ROW) return null;
    if (length > 0) nonEmpty += 1;
  }
  const blockCount = Math.ceil(buckets / 32);
  const blocks = new Uint32Array(allocate(blockCount * 8));
  const rows = new Int32Array(allocate(nonEmpty * 4));
  let row = 0;
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    if (bucket % 32 === 0) blocks[(bucket >>> 5) * 2 + 1] = row;
    const start = offsets[bucket]!;
    const length = offsets[bucket + 1]! - start;
    if (length === 0) continue;
    blocks[(bucket >>> 5) * 2]! |= 1 << (bucket & 31);
    rows[row++] = length === 1 ? packed[start]! | LONE_ENTRY : (start << 8) | length;
  }
  return { blocks, rows };
}

/** The descriptor of a bucket's row (RowIndex.rows), 0 for an empty bucket. */
export function rowOf(index: RowIndex, bucket: number): number {
  const at = (bucket >>> 5) << 1;
  const bits = index.blocks[at]!;
  const bit = bucket & 31;
  if (((bits >>> bit) & 1) === 0) return 0;
  return index.rows[index.blocks[at + 1]! + bitCount(bits & ((1 << bit) - 1))]!;
}

/**
 * The row bounds the index was built from (offsets[b] to offsets[b + 1] are bucket b's entries):
 * rows are laid out in bucket order, so each start is the sum of the lengths before it.
 */
export function offsetsOf(index: RowIndex, buckets: number): Uint32Array {
  const offsets = new Uint32Array(buckets + 1);
  let next = 0;
  let row = 0;
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    offsets[bucket] = next;
    if (((index.blocks[(bucket >>> 5) << 1]! >>> (bucket & 31)) & 1) === 0) continue;
    const descriptor = index.rows[row++]!;
    next += descriptor < 0 ? 1 : descriptor & 0xff;
  }
  offsets[buckets] = next;
  return offsets;
}
