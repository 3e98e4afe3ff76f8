import { feature1, feature2, feature3, type FeatureBuffer } from '../model/feature-hash.js';

/** What a tag group's value is: a parser tag, or a small count with a fixed range. */
export type GroupValueKind = 'tag' | 'distance' | 'valency' | 'depth';

/** Number of values of each kind of count (distances 0–6, valencies 0–4, stack depths 0–3). */
export const COUNT_RANGE: Readonly<Record<Exclude<GroupValueKind, 'tag'>, number>> = {
  distance: 7,
  valency: 5,
  depth: 4,
};

/**
 * Parser feature templates over three values that take few values each (the tags of three
 * positions, a tag and two counts…). The parser scores a group with one read of a table that
 * holds, for every combination of its values, the sum of its features' rows (TagGroupTable):
 * about a quarter of the templates, the ones with the longest rows, for six reads.
 */
export interface TagGroup {
  readonly kinds: readonly [GroupValueKind, GroupValueKind, GroupValueKind];
  /** Push the group's features for these values (the features training and the tables read). */
  emit(out: FeatureBuffer, a: number, b: number, c: number): void;
}

export const TAG_GROUPS: readonly TagGroup[] = [
  {
    // The bias and the tags of the buffer's first three positions.
    kinds: ['tag', 'tag', 'tag'],
    emit(out, b0p, b1p, b2p) {
      out.push(feature1(1, 0));
      out.push(feature1(10, b0p));
      out.push(feature1(13, b1p));
      out.push(feature1(15, b2p));
      out.push(feature2(27, b0p, b1p));
      out.push(feature3(40, b0p, b1p, b2p));
    },
  },
  {
    // The tags of the stack's top three positions.
    kinds: ['tag', 'tag', 'tag'],
    emit(out, s2p, s1p, s0p) {
      out.push(feature1(6, s1p));
      out.push(feature1(8, s2p));
      out.push(feature2(28, s1p, s0p));
      out.push(feature3(47, s2p, s1p, s0p));
    },
  },
  {
    // The stack top's and the buffer front's tags and their distance.
    kinds: ['tag', 'tag', 'distance'],
    emit(out, s0p, b0p, d1) {
      out.push(feature1(3, s0p));
      out.push(feature2(26, s0p, b0p));
      out.push(feature2(61, s0p, d1));
      out.push(feature2(63, b0p, d1));
      out.push(feature3(65, s0p, b0p, d1));
    },
  },
  {
    // The stack top's tag and its numbers of right and left dependents.
    kinds: ['tag', 'valency', 'valency'],
    emit(out, s0p, vr0, vl0) {
      out.push(feature2(71, s0p, vr0));
      out.push(feature2(73, s0p, vl0));
    },
  },
  {
    // The second stack position's tag and its numbers of right and left dependents.
    kinds: ['tag', 'valency', 'valency'],
    emit(out, s1p, vr1, vl1) {
      out.push(feature2(75, s1p, vr1));
      out.push(feature2(78, s1p, vl1));
    },
  },
  {
    // The buffer front's tag, its number of left dependents and the stack depth.
    kinds: ['tag', 'valency', 'depth'],
    emit(out, b0p, vlb, depth) {
      out.push(feature2(77, b0p, vlb));
      out.push(feature2(105, b0p, depth));
    },
  },
];
