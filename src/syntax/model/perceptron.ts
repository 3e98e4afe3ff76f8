import type { FeatureBuffer } from './feature-hash.js';
import { SparseWeights, type ClassScorer } from './sparse-weights.js';

export { SparseWeights, type ClassScorer } from './sparse-weights.js';

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
