import type { FeatureBuffer } from './feature-hash.js';
import { bitCount, buildRowIndex, offsetsOf, type RowIndex } from './row-index.js';

/** Anything that scores classes from hashed features: the trainer's live weights or a loaded model. */
export interface ClassScorer {
  readonly classes: number;
  /** Writes the score of every class into `scores` (length ≥ classes). */
  score(features: FeatureBuffer, scores: Float32Array): void;
}

/**
 * What a SparseWeights scores with, on SharedArrayBuffers: worker threads that receive it (the
 * arrays are posted as views of the same memory) score without a copy of their own.
 */
export interface SharedSparseWeights {
  classes: number;
  bits: number;
  /** Row bounds, only for weights the RowIndex cannot describe (null when `index` is given). */
  offsets: Uint32Array | null;
  packed: Int32Array;
  step: number;
  /** The rows' compact index (null: scored by offsets), on shared memory too. */
  index: RowIndex | null;
}

/** `array` if it is on a SharedArrayBuffer, else a copy of it on one. */
function onSharedMemory<T extends Uint32Array | Int32Array>(
  array: T,
  make: (buffer: SharedArrayBuffer) => T,
): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = make(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/** `index` with its arrays on shared memory (copied there unless they already are). */
function indexOnSharedMemory(index: RowIndex | null): RowIndex | null {
  if (!index) return null;
  return {
    blocks: onSharedMemory(index.blocks, (buffer) => new Uint32Array(buffer)),
    rows: onSharedMemory(index.rows, (buffer) => new Int32Array(buffer)),
  };
}

/**
 * Trained weights in compressed-row form: what a shipped model holds and scores with. Each entry
 * is one 32-bit word, the class in the high half and the weight in the low half as a 16-bit
 * multiple of `step` (the largest weight / 32767; the model file stores the same integers).
 * Scores are then sums of small integers, exact in a Float32Array, and rank the classes as the
 * real-valued weights do. Scoring finds the rows through a RowIndex (row-index.ts).
 */
export class SparseWeights implements ClassScorer {
  private readonly mask: number;
  /** Row descriptors (or row bounds, without an index) of the features being scored (reused between calls). */
  private starts = new Int32Array(128);
  private ends = new Int32Array(128);
  private readonly sums: Int32Array;
  private readonly index: RowIndex | null;
  /** Where the row reads of `score` land, so that the engine keeps them (no other use). */
  touched = 0;

  /**
   * Row bounds (bucket b's entries are packed[offsets[b]] to packed[offsets[b + 1]]), kept only for
   * weights the RowIndex cannot describe: 4 bytes a bucket (8 MB for a parser's 2^21 buckets), which
   * scoring through the index never reads. `offsets` rebuilds them from the index when asked.
   */
  private readonly rowOffsets: Uint32Array | null;

  private constructor(
    readonly classes: number,
    readonly bits: number,
    offsets: Uint32Array | null,
    private readonly packed: Int32Array,
    readonly step: number,
    index?: RowIndex | null,
  ) {
    this.mask = 2 ** bits - 1;
    this.sums = new Int32Array(classes);
    if (offsets && offsets.length !== 2 ** bits + 1)
      throw new Error('sparse weights: offsets do not match the bucket count');
    if (offsets && offsets[offsets.length - 1] !== packed.length) {
      throw new Error('sparse weights: entry arrays do not match the offsets');
    }
    if (!offsets && !index) throw new Error('sparse weights: neither offsets nor a row index');
    this.index = index === undefined ? buildRowIndex(offsets!, packed) : index;
    if (this.index && this.index.blocks.length !== Math.ceil(2 ** bits / 32) * 2)
      throw new Error('sparse weights: the row index does not match the bucket count');
    this.rowOffsets = this.index ? null : offsets;
  }

  /** Row bounds of every bucket (rebuilt from the row index when the weights have one). */
  get offsets(): Uint32Array {
    return this.rowOffsets ?? offsetsOf(this.index!, 2 ** this.bits);
  }

  /** From real-valued weights (training): quantised on 16 bits here, once. */
  static fromWeights(
    classes: number,
    bits: number,
    offsets: Uint32Array,
    labels: Uint16Array,
    values: Float32Array,
  ): SparseWeights {
    if (labels.length !== values.length)
      throw new Error('sparse weights: entry arrays do not match the offsets');
    let largest = 0;
    for (const value of values) largest = Math.max(largest, Math.abs(value));
    const step = largest > 0 ? Math.fround(largest / 32767) : 1;
    const quantised = new Int16Array(values.length);
    for (let i = 0; i < values.length; i += 1) quantised[i] = Math.round(values[i]! / step);
    return SparseWeights.fromQuantised(classes, bits, offsets, labels, quantised, step);
  }

  /** From the 16-bit integers and step a model file stores (`shared`: kept on SharedArrayBuffers, see toShared). */
  static fromQuantised(
    classes: number,
    bits: number,
    offsets: Uint32Array,
    labels: Uint16Array,
    quantised: Int16Array,
    step: number,
    shared = false,
  ): SparseWeights {
    if (labels.length !== quantised.length)
      throw new Error('sparse weights: entry arrays do not match the offsets');
    const packed = shared
      ? new Int32Array(new SharedArrayBuffer(quantised.length * 4))
      : new Int32Array(quantised.length);
    for (let i = 0; i < packed.length; i += 1) packed[i] = (labels[i]! << 16) | (quantised[i]! & 0xffff);
    if (!shared) return new SparseWeights(classes, bits, offsets, packed, step);
    const index = buildRowIndex(offsets, packed, (bytes) => new SharedArrayBuffer(bytes));
    const rows = index ? null : onSharedMemory(offsets, (buffer) => new Uint32Array(buffer));
    return new SparseWeights(classes, bits, rows, packed, step, index);
  }

  /** The weights read in place from shared arrays (toShared, possibly on another thread). */
  static fromShared(shared: SharedSparseWeights): SparseWeights {
    const { classes, bits, offsets, packed, step, index } = shared;
    return new SparseWeights(classes, bits, offsets, packed, step, index);
  }

  /** The arrays on shared memory (copied there unless they already are), for worker threads to score with (fromShared). */
  toShared(): SharedSparseWeights {
    return {
      classes: this.classes,
      bits: this.bits,
      offsets: this.rowOffsets && onSharedMemory(this.rowOffsets, (buffer) => new Uint32Array(buffer)),
      packed: onSharedMemory(this.packed, (buffer) => new Int32Array(buffer)),
      step: this.step,
      index: indexOnSharedMemory(this.index),
    };
  }

  /**
   * The same weights without the entries whose magnitude (quantised value × step) is under
   * `minWeight`; the step is kept, so the remaining integers are unchanged. Most entries of an
   * averaged perceptron are features that moved once or twice (|w| ≈ 1): dropping them shortens
   * the rows that every prediction sums.
   */
  pruned(minWeight: number): SparseWeights {
    const packed = this.packed;
    const rows = this.offsets;
    const buckets = rows.length - 1;
    const offsets = new Uint32Array(buckets + 1);
    let count = 0;
    for (let at = 0; at < packed.length; at += 1) {
      if (Math.abs((packed[at]! << 16) >> 16) * this.step >= minWeight) count += 1;
    }
    const kept = new Int32Array(count);
    let next = 0;
    for (let bucket = 0; bucket < buckets; bucket += 1) {
      offsets[bucket] = next;
      const end = rows[bucket + 1]!;
      for (let at = rows[bucket]!; at < end; at += 1) {
        const entry = packed[at]!;
        if (Math.abs((entry << 16) >> 16) * this.step >= minWeight) kept[next++] = entry;
      }
    }
    offsets[buckets] = next;
    return new SparseWeights(this.classes, this.bits, offsets, kept, this.step);
  }

  /** Class of each entry. */
  get labels(): Uint16Array {
    return Uint16Array.from(this.packed, (entry) => entry >>> 16);
  }

  /** Weight of each entry as the integer multiple of `step` the model file stores. */
  get quantised(): Int16Array {
    return Int16Array.from(this.packed, (entry) => (entry << 16) >> 16);
  }

  /** Weight of each entry (quantised × step). */
  get values(): Float32Array {
    return Float32Array.from(this.packed, (entry) => ((entry << 16) >> 16) * this.step);
  }

  /** Writes the score of every class: the sums of the features' rows. */
  score(features: FeatureBuffer, scores: Float32Array): void {
    const sums = this.sums;
    sums.fill(0);
    this.addRows(features, sums);
    for (let label = 0; label < this.classes; label += 1) scores[label] = sums[label]!;
  }

  /**
   * Adds the rows of the features to `sums` (integer multiples of `step`), in three passes over
   * the features: (1) every feature's row (its descriptor in the RowIndex), (2) a read of each
   * row's first and last entry, (3) the sums. The loads of passes 1 and 2 do not depend on one
   * another, so the processor keeps many cache misses in flight at once instead of waiting for
   * each row in turn (the weights are far larger than the caches). Sums are exact integers:
   * scores are the same, bit for bit, in whatever order or grouping the rows are added.
   */
  addRows(features: FeatureBuffer, sums: Int32Array): void {
    const count = features.length;
    if (this.starts.length < count) {
      this.starts = new Int32Array(count * 2);
      this.ends = new Int32Array(count * 2);
    }
    if (this.index) this.addIndexedRows(this.index, features, count, sums);
    else this.addRowsByOffsets(features, count, sums);
  }

  private addIndexedRows(index: RowIndex, features: FeatureBuffer, count: number, sums: Int32Array): void {
    const rows = this.starts;
    const hashes = features.values;
    const { blocks, rows: descriptors } = index;
    const packed = this.packed;
    const mask = this.mask;
    for (let i = 0; i < count; i += 1) {
      const bucket = hashes[i]! & mask;
      const at = (bucket >>> 5) << 1;
      const bits = blocks[at]!;
      const bit = bucket & 31;
      rows[i] =
        ((bits >>> bit) & 1) === 0 ? 0 : descriptors[blocks[at + 1]! + bitCount(bits & ((1 << bit) - 1))]!;
    }
    let touched = 0;
    for (let i = 0; i < count; i += 1) {
      const row = rows[i]!;
      if (row > 0) touched ^= packed[row >>> 8]! ^ packed[(row >>> 8) + (row & 0xff) - 1]!;
    }
    this.touched = touched;
    for (let i = 0; i < count; i += 1) {
      const row = rows[i]!;
      if (row < 0) {
        sums[(row >>> 16) & 0x7fff]! += (row << 16) >> 16;
        continue;
      }
      const end = (row >>> 8) + (row & 0xff);
      for (let at = row >>> 8; at < end; at += 1) {
        const entry = packed[at]!;
        sums[entry >>> 16]! += (entry << 16) >> 16;
      }
    }
  }

  /** addRows for weights whose rows the RowIndex cannot describe: row bounds read from the offsets. */
  private addRowsByOffsets(features: FeatureBuffer, count: number, sums: Int32Array): void {
    const starts = this.starts;
    const ends = this.ends;
    const hashes = features.values;
    const offsets = this.rowOffsets!;
    const packed = this.packed;
    const mask = this.mask;
    for (let index = 0; index < count; index += 1) {
      const bucket = hashes[index]! & mask;
      starts[index] = offsets[bucket]!;
      ends[index] = offsets[bucket + 1]!;
    }
    let touched = 0;
    for (let index = 0; index < count; index += 1) {
      const start = starts[index]!;
      const end = ends[index]!;
      if (end > start) touched ^= packed[start]! ^ packed[end - 1]!;
    }
    this.touched = touched;
    for (let index = 0; index < count; index += 1) {
      const end = ends[index]!;
      for (let at = starts[index]!; at < end; at += 1) {
        const entry = packed[at]!;
        sums[entry >>> 16]! += (entry << 16) >> 16;
      }
    }
  }
}
