import { describe, expect, it } from 'vitest';
import { FeatureBuffer, feature1 } from './feature-hash.js';
import { decodeModel, encodeModel, ModelFileError, sparseArrays, sparseFrom } from './model-file.js';
import { argmax, PerceptronTrainer } from './perceptron.js';

function buffer(values: number[]): FeatureBuffer {
  const out = new FeatureBuffer(2);
  for (const value of values) out.push(feature1(1, value));
  return out;
}

function trainToy(): PerceptronTrainer {
  // class = value % 3, learned from the value itself
  const model = new PerceptronTrainer(3, 10);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 5; epoch += 1) {
    for (let value = 0; value < 30; value += 1) {
      const features = buffer([value]);
      model.score(features, scores);
      model.tick();
      model.update(features, value % 3, argmax(scores, 3));
    }
  }
  return model;
}

describe('averaged perceptron', () => {
  it('learns a separable toy problem and keeps the averaged scores in its sparse form', () => {
    const sparse = trainToy().toSparse(1e-6);
    const scores = new Float32Array(3);
    for (let value = 0; value < 30; value += 1) {
      sparse.score(buffer([value]), scores);
      expect(argmax(scores, 3)).toBe(value % 3);
    }
  });

  it('round-trips through the model file format byte for byte', () => {
    const sparse = trainToy().toSparse(1e-6);
    const bytes = encodeModel({ name: 'toy' }, sparseArrays('toy', sparse));
    expect(encodeModel({ name: 'toy' }, sparseArrays('toy', sparse)).equals(bytes)).toBe(true);
    const decoded = decodeModel<{ name: string }>(bytes, 'toy.bin.gz');
    expect(decoded.meta.name).toBe('toy');
    const back = sparseFrom(decoded.arrays, 'toy', 3, 10, 'toy.bin.gz');
    // Weights are stored on 16 bits: each comes back within half a step of the largest / 32767.
    const largest = Math.max(...Array.from(sparse.values, Math.abs));
    back.values.forEach((value, i) =>
      expect(Math.abs(value - sparse.values[i]!)).toBeLessThanOrEqual(largest / 32767),
    );
    expect(Array.from(back.offsets)).toEqual(Array.from(sparse.offsets));
  });

  it('names the file when it is corrupt or truncated', () => {
    const bytes = encodeModel({ name: 'toy' }, sparseArrays('toy', trainToy().toSparse(1e-6)));
    expect(() => decodeModel(Buffer.from('not a model'), 'models/xx/syntax.bin.gz')).toThrow(
      /models\/xx\/syntax\.bin\.gz: not a readable model file/,
    );
    expect(() => decodeModel(bytes.subarray(0, bytes.length / 2), 'half.bin.gz')).toThrow(ModelFileError);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 12]! ^= 0xff;
    expect(() => decodeModel(flipped, 'flipped.bin.gz')).toThrow(/flipped\.bin\.gz/);
  });
});
