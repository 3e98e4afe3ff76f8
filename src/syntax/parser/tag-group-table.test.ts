import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from '../model/feature-hash.js';
import { randomWeights } from '../model/test-support/random-weights.js';
import { Random } from '../train/random.js';
import { ROOT_TAG } from './parser-features.js';
import { TagCodes, TagGroupTable } from './tag-group-table.js';
import { COUNT_RANGE, TAG_GROUPS } from './tag-groups.js';

const TAGS = [0, ROOT_TAG, 1, 9, 17, 26];

describe('tag group tables', () => {
  // Few buckets, so that the groups' features land on rows that hold entries.
  const weights = randomWeights(new Random(11), 9, 6);
  const codes = new TagCodes(TAGS);

  it('add, for every combination of values, the rows of the group’s features read one by one', () => {
    const features = new FeatureBuffer(8);
    for (const group of TAG_GROUPS) {
      const table = TagGroupTable.build(group, codes, weights);
      const domains = group.kinds.map((kind) =>
        kind === 'tag' ? TAGS : Array.from({ length: COUNT_RANGE[kind] }, (_, i) => i),
      );
      for (const a of domains[0]!) {
        for (const b of domains[1]!) {
          for (const c of domains[2]!) {
            const fromTable = new Int32Array(9);
            expect(table.addInto(a, b, c, fromTable)).toBe(true);
            const oneByOne = new Int32Array(9);
            features.clear();
            group.emit(features, a, b, c);
            weights.addRows(features, oneByOne);
            expect(Array.from(fromTable)).toEqual(Array.from(oneByOne));
          }
        }
      }
      expect(table.size).toBeGreaterThan(0);
    }
  });

  it('add nothing and say so for a value outside the table', () => {
    const table = TagGroupTable.build(TAG_GROUPS[2]!, codes, weights);
    const sums = new Int32Array(9);
    expect(table.addInto(2, 1, 0, sums)).toBe(false);
    expect(table.addInto(1, 1, 7, sums)).toBe(false);
    expect(Array.from(sums)).toEqual(new Array(9).fill(0));
    expect(codes.code(ROOT_TAG)).toBe(1);
    expect(codes.code(5)).toBe(-1);
  });
});
