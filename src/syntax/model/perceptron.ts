import type { FeatureBuffer } from './feature-hash.js';

/** Anything that scores classes from hashed features: the trainer's live weights or a loaded model. */
export interface ClassScorer {
  readonly classes: number;
  /** Writes the score of every class into `scores` (length ≥ classes). */
  score(features: FeatureBuffer, scores: Float32Array): void;
}

/**
 * An averaged perceptron (Collins 2002) over hashed features, for training: dense weights per
 * bucket and class, with the running sums that give the averaged weights at the end
 * (averaged = w − u / c, Daumé's trick).
 */
export class PerceptronTrainer implements ClassScorer {
  readonly buckets: number;
  private readonly mask: number;
  private readonly weights: Float32Array;
  private readonly sums: Float64Array;
  /** Number of updates steps so far (starts at 1). */
  private step = 1;

  constructor(
    readonly classes: number,
    readonly bits: number,
  ) {
    this.buckets = 2 ** bits;
    this.mask = this.buckets - 1;
    this.weights = new Float32Array(this.buckets * classes);
    this.sums = new Float64Array(this.buckets * classes);
  }

  score(features: FeatureBuffer, scores: Float32Array): void {
    const classes = this.classes;
    scores.fill(0, 0, classes);
    const values = features.values;
    for (let index = 0; index < features.length; index += 1) {
      const base = (values[index]! & this.mask) * classes;
      for (let label = 0; label < classes; label += 1) scores[label]! += this.weights[base + label]!;
    }
  }

  /** Count one example seen (advances the averaging clock). */
  tick(): void {
    this.step += 1;
  }

  /** Reward `truth` and penalise `guess` on the given features. */
  update(features: FeatureBuffer, truth: number, guess: number): void {
    if (truth === guess) return;
    const classes = this.classes;
    const values = features.values;
    const step = this.step;
    for (let index = 0; index < features.length; index += 1) {
      const base = (values[index]! & this.mask) * classes;
      this.weights[base + truth]! += 1;
      this.sums[base + truth]! += step;
      this.weights[base + guess]! -= 1;
      this.sums[base + guess]! -= step;
    }
  }

  /**
   * The averaged weights as a sparse model: per bucket, the classes whose averaged weight is at
   * least `threshold` in magnitude (the rest barely moved and are dropped).
   */
  toSparse(threshold: number): SparseWeights {
    const classes = this.classes;
    const offsets = new Uint32Array(this.buckets + 1);
    let count = 0;
    const averaged = (index: number): number => this.weights[index]! - this.sums[index]! / this.step;
    for (let bucket = 0; bucket < this.buckets; bucket += 1) {
      offsets[bucket] = count;
      const base = bucket * classes;
      for (let label = 0; label < classes; label += 1) {
        if (Math.abs(averaged(base + label)) >= threshold) count += 1;
      }
    }
    offsets[this.buckets] = count;
    const labels = new Uint16Array(count);
    const values = new Float32Array(count);
    let at = 0;
    for (let bucket = 0; bucket < this.buckets; bucket += 1) {
      const base = bucket * classes;
      for (let label = 0; label < classes; label += 1) {
        const value = averaged(base + label);
        if (Math.abs(value) < threshold) continue;
        labels[at] = label;
        values[at] = value;
        at += 1;
      }
    }
    return SparseWeights.fromWeights(classes, this.bits, offsets, labels, values);
  }
}

/**
 * Trained weights in compressed-row form: what a shipped model holds and scores with. Each entry
 * is one 32-bit word, the class in the high half and the weight in the low half as a 16-bit
 * multiple of `step` (the largest weight / 32767; the model file stores the same integers).
 * Scores are then sums of small integers, exact in a Float32Array, and rank the classes as the
 * real-valued weights do.
 */
export class SparseWeights implements ClassScorer {
  private readonly mask: number;

  private constructor(
    readonly classes: number,
    readonly bits: number,
    readonly offsets: Uint32Array,
    private readonly packed: Int32Array,
    readonly step: number,
  ) {
    this.mask = 2 ** bits - 1;
    if (offsets.length !== 2 ** bits + 1)
      throw new Error('sparse weights: offsets do not match the bucket count');
    if (offsets[offsets.length - 1] !== packed.length) {
      throw new Error('sparse weights: entry arrays do not match the offsets');
    }
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

  /** From the 16-bit integers and step a model file stores. */
  static fromQuantised(
    classes: number,
    bits: number,
    offsets: Uint32Array,
    labels: Uint16Array,
    quantised: Int16Array,
    step: number,
  ): SparseWeights {
    if (labels.length !== quantised.length)
      throw new Error('sparse weights: entry arrays do not match the offsets');
    const packed = new Int32Array(quantised.length);
    for (let i = 0; i < packed.length; i += 1) packed[i] = (labels[i]! << 16) | (quantised[i]! & 0xffff);
    return new SparseWeights(classes, bits, offsets, packed, step);
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

  score(features: FeatureBuffer, scores: Float32Array): void {
    scores.fill(0, 0, this.classes);
    const hashes = features.values;
    const offsets = this.offsets;
    const packed = this.packed;
    const mask = this.mask;
    for (let index = 0; index < features.length; index += 1) {
      const bucket = hashes[index]! & mask;
      const end = offsets[bucket + 1]!;
      for (let at = offsets[bucket]!; at < end; at += 1) {
        const entry = packed[at]!;
        scores[entry >>> 16]! += (entry << 16) >> 16;
      }
    }
  }
}

/** Index of the best-scoring class among those allowed (ties go to the lowest index). */
export function argmax(scores: Float32Array, classes: number, allowed?: (label: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let label = 0; label < classes; label += 1) {
    if (allowed && !allowed(label)) continue;
    const value = scores[label]!;
    if (value > bestScore) {
      bestScore = value;
      best = label;
    }
  }
  return best;
}
