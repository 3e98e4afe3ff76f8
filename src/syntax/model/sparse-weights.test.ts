import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from './feature-hash.js';
import { SparseWeights } from './sparse-weights.js';
import { Random } from '../train/random.js';
import { randomWeights } from './test-support/random-weights.js';

/** The plain one-pass scorer the three-pass one must match. */
function referenceScores(weights: SparseWeights, features: FeatureBuffer): Float32Array {
  const scores = new Float32Array(weights.classes);
  const { offsets, labels, quantised } = weights;
  const mask = offsets.length - 2;
  for (let index = 0; index < features.length; index += 1) {
    const bucket = features.values[index]! & mask;
    for (let at = offsets[bucket]!; at < offsets[bucket + 1]!; at += 1)
      scores[labels[at]!]! += quantised[at]!;
  }
  return scores;
}

describe('sparse weights', () => {
  it('score the same as a plain sum over the rows, for any number of features', () => {
    const random = new Random(7);
    const weights = randomWeights(random, 13, 8);
    const scores = new Float32Array(13);
    for (const count of [0, 1, 5, 83, 300]) {
      const features = new FeatureBuffer(4);
      for (let i = 0; i < count; i += 1) features.push(Math.floor(random.next() * 2 ** 32));
      features.push(255); // the last bucket, empty
      weights.score(features, scores);
      expect(Array.from(scores)).toEqual(Array.from(referenceScores(weights, features)));
    }
  });

  it('score rows too long for the row index by their offsets, the same', () => {
    const classes = 300;
    const offsets = Uint32Array.from([0, classes, classes + 2, classes + 2, classes + 3]);
    const labels = Uint16Array.from({ length: classes + 3 }, (_, i) => (i < classes ? i : i - classes));
    const quantised = Int16Array.from({ length: classes + 3 }, (_, i) => (i % 7) * 100 - 300);
    const weights = SparseWeights.fromQuantised(classes, 2, offsets, labels, quantised, 0.5);
    expect(weights.toShared().index).toBeNull();
    expect(weights.toShared().offsets).toEqual(offsets);
    const features = new FeatureBuffer(4);
    for (const bucket of [0, 1, 2, 3, 1]) features.push(bucket);
    const scores = new Float32Array(classes);
    weights.score(features, scores);
    expect(Array.from(scores)).toEqual(Array.from(referenceScores(weights, features)));
  });

  it('prune the entries under a magnitude and keep the rest and the step unchanged', () => {
    const weights = randomWeights(new Random(3), 5, 6);
    const pruned = weights.pruned(150);
    expect(pruned.step).toBe(weights.step);
    const kept: Array<[number, number, number]> = [];
    for (let bucket = 0; bucket < 64; bucket += 1) {
      for (let at = weights.offsets[bucket]!; at < weights.offsets[bucket + 1]!; at += 1) {
        const value = weights.quantised[at]!;
        if (Math.abs(value) * weights.step >= 150) kept.push([bucket, weights.labels[at]!, value]);
      }
    }
    const after: Array<[number, number, number]> = [];
    for (let bucket = 0; bucket < 64; bucket += 1) {
      for (let at = pruned.offsets[bucket]!; at < pruned.offsets[bucket + 1]!; at += 1) {
        after.push([bucket, pruned.labels[at]!, pruned.quantised[at]!]);
      }
    }
    expect(after).toEqual(kept);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(weights.quantised.length);
    expect(Array.from(weights.pruned(0).quantised)).toEqual(Array.from(weights.quantised));
  });

  it('score the same from shared memory, read in place by whoever receives the arrays', () => {
    const random = new Random(11);
    const weights = randomWeights(random, 9, 7);
    const shared = weights.toShared();
    // Scored through the row index: the offsets are not kept (nor shared).
    expect(shared.offsets).toBeNull();
    expect(shared.index!.blocks.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.index!.rows.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.packed.buffer).toBeInstanceOf(SharedArrayBuffer);
    // As postMessage sends it to a worker thread: the clone is a view of the same memory.
    const received = structuredClone(shared);
    const first = shared.packed[0]!;
    received.packed[0] = first ^ 1;
    expect(shared.packed[0]).toBe(first ^ 1);
    received.packed[0] = first;
    const rebuilt = SparseWeights.fromShared(received);
    expect(rebuilt.toShared().packed).toBe(received.packed);
    expect(Array.from(rebuilt.offsets)).toEqual(Array.from(weights.offsets));
    const features = new FeatureBuffer(4);
    for (let i = 0; i < 40; i += 1) features.push(Math.floor(random.next() * 2 ** 32));
    const expected = new Float32Array(9);
    const scores = new Float32Array(9);
    weights.score(features, expected);
    rebuilt.score(features, scores);
    expect(Array.from(scores)).toEqual(Array.from(expected));
  });
});
