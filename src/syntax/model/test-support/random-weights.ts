import { SparseWeights } from '../sparse-weights.js';
import type { Random } from '../../train/random.js';

/** Random sparse weights: rows of 0–9 entries over `classes`, some buckets empty (the last one too). */
export function randomWeights(random: Random, classes: number, bits: number): SparseWeights {
  const buckets = 2 ** bits;
  const offsets = new Uint32Array(buckets + 1);
  const labels: number[] = [];
  const values: number[] = [];
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    offsets[bucket] = labels.length;
    if (bucket === buckets - 1) continue;
    const count = Math.floor(random.next() * 10);
    for (let label = 0; label < classes && labels.length - offsets[bucket]! < count; label += 1) {
      if (random.next() < 0.5) continue;
      labels.push(label);
      values.push(Math.round((random.next() - 0.5) * 60000));
    }
  }
  offsets[buckets] = labels.length;
  return SparseWeights.fromQuantised(
    classes,
    bits,
    offsets,
    Uint16Array.from(labels),
    Int16Array.from(values),
    0.01,
  );
}
