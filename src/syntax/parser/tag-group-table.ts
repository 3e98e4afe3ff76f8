import { FeatureBuffer } from '../model/feature-hash.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { COUNT_RANGE, type GroupValueKind, type TagGroup } from './tag-groups.js';

/** The parser tags a model can give (tag ids + 1, 0 for "no word", the root's tag), numbered 0…n−1. */
export class TagCodes {
  private readonly small: Int16Array;
  private readonly large = new Map<number, number>();
  readonly size: number;
  /** The tags, in code order. */
  readonly tags: readonly number[];

  constructor(tags: readonly number[]) {
    const distinct = [...new Set(tags)];
    const smallest = distinct.filter((tag) => tag >= 0 && tag < 1024);
    this.small = new Int16Array(Math.max(0, ...smallest) + 1).fill(-1);
    distinct.forEach((tag, code) => {
      if (tag >= 0 && tag < 1024) this.small[tag] = code;
      else this.large.set(tag, code);
    });
    this.size = distinct.length;
    this.tags = distinct;
  }

  /** The code of a tag, -1 for a tag the model cannot give. */
  code(tag: number): number {
    return tag >= 0 && tag < this.small.length ? this.small[tag]! : (this.large.get(tag) ?? -1);
  }
}

/** A copy of `array` with room for at least `length` values. */
function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}

/** Largest class id + 1 an entry can hold (the class takes the low 8 bits, the sum the rest). */
const MAX_CLASSES = 256;

/**
 * For every combination of a tag group's three values, the sum of the rows of the group's
 * features, computed once when the model loads: the parser reads one row here instead of hashing
 * and reading each feature of the group. Rows are sums of the same 16-bit integers, so scores
 * are the same, bit for bit, as reading the features one by one.
 */
export class TagGroupTable {
  /** Number of values of each slot, and whether it holds a tag (read through `codes`) or a count. */
  private readonly sizeA: number;
  private readonly sizeB: number;
  private readonly sizeC: number;
  private readonly tagA: boolean;
  private readonly tagB: boolean;
  private readonly tagC: boolean;

  private constructor(
    private readonly codes: TagCodes,
    kinds: readonly GroupValueKind[],
    sizes: readonly number[],
    /** Combination c's entries are entries[offsets[c]] to entries[offsets[c + 1]]. */
    private readonly offsets: Uint32Array,
    /** (sum << 8) | class, classes increasing within a combination. */
    private readonly entries: Int32Array,
  ) {
    [this.sizeA, this.sizeB, this.sizeC] = [sizes[0]!, sizes[1]!, sizes[2]!];
    [this.tagA, this.tagB, this.tagC] = [kinds[0] === 'tag', kinds[1] === 'tag', kinds[2] === 'tag'];
  }

  static build(group: TagGroup, codes: TagCodes, weights: SparseWeights): TagGroupTable {
    if (weights.classes > MAX_CLASSES) throw new Error(`tag groups: more than ${MAX_CLASSES} classes`);
    const sizes = group.kinds.map((kind) => (kind === 'tag' ? codes.size : COUNT_RANGE[kind]));
    const valueOf = (slot: number, index: number): number =>
      group.kinds[slot] === 'tag' ? codes.tags[index]! : index;
    const combinations = sizes[0]! * sizes[1]! * sizes[2]!;
    const offsets = new Uint32Array(combinations + 1);
    let entries: Int32Array = new Int32Array(combinations * 8);
    let count = 0;
    const features = new FeatureBuffer(16);
    const sums = new Int32Array(weights.classes);
    let combination = 0;
    for (let a = 0; a < sizes[0]!; a += 1) {
      for (let b = 0; b < sizes[1]!; b += 1) {
        for (let c = 0; c < sizes[2]!; c += 1) {
          features.clear();
          group.emit(features, valueOf(0, a), valueOf(1, b), valueOf(2, c));
          sums.fill(0);
          weights.addRows(features, sums);
          offsets[combination] = count;
          if (count + sums.length > entries.length) entries = grown(entries, count + sums.length);
          sums.forEach((sum, label) => {
            if (sum !== 0) entries[count++] = sum * MAX_CLASSES + label;
          });
          combination += 1;
        }
      }
    }
    offsets[combinations] = count;
    return new TagGroupTable(codes, group.kinds, sizes, offsets, entries.slice(0, count));
  }

  /** The index of a slot's value (`tag`: whether the slot holds a tag), -1 for one the table does not hold. */
  private index(tag: boolean, size: number, value: number): number {
    if (tag) return this.codes.code(value);
    return value >= 0 && value < size ? value : -1;
  }

  /**
   * Adds the group's row for these values to `sums`; false (nothing added) when a value is one
   * the table does not hold (a tag the model cannot give): the caller then scores the group's
   * features one by one.
   */
  addInto(a: number, b: number, c: number, sums: Int32Array): boolean {
    const ia = this.index(this.tagA, this.sizeA, a);
    const ib = this.index(this.tagB, this.sizeB, b);
    const ic = this.index(this.tagC, this.sizeC, c);
    if (ia < 0 || ib < 0 || ic < 0) return false;
    const combination = (ia * this.sizeB + ib) * this.sizeC + ic;
    const entries = this.entries;
    const end = this.offsets[combination + 1]!;
    for (let at = this.offsets[combination]!; at < end; at += 1) {
      const entry = entries[at]!;
      sums[entry & 0xff]! += entry >> 8;
    }
    return true;
  }

  /** Number of entries (for the model's memory figures). */
  get size(): number {
    return this.entries.length;
  }
}
