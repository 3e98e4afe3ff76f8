import { feature1, feature2, feature3, feature4, FeatureBuffer } from '../model/feature-hash.js';
import type { ParseState } from './parse-state.js';
import { TAG_GROUPS } from './tag-groups.js';

/**
 * What the parser reads of each position: a word id (hashed normalised form) and a tag id (UPOS
 * with the verb form for verbs and auxiliaries). Index 0 is "no word", index n + 1 the root.
 */
export interface ParserInput {
  words: Uint32Array;
  tags: Uint32Array;
  /** mix(word, tag) of each position, which several templates read: mixed once per sentence. */
  wordTags: Uint32Array;
}

export const ROOT_WORD = 0x7e7e7e7e;
export const ROOT_TAG = 0x6d6d6d6d;

function distance(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const d = Math.abs(b - a);
  if (d < 5) return d;
  return d < 10 ? 5 : 6;
}

/** The label of a word's attachment + 1 (0 for no word). */
function labelAt(state: ParseState, word: number): number {
  return word === 0 ? 0 : state.labels[word]! + 1;
}

/** Number of features `secondFeatures`, `topFeatures` and `crossFeatures` write. */
const SECOND_FEATURES = 8;
const TOP_FEATURES = 23;
const CROSS_FEATURES = 20;

/**
 * The features of the buffer's first three words alone (templates 9, 11, 12, 14, 16): the same for
 * every state with the same buffer front, so the parser sums their rows once per front.
 */
export function frontFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const { words: W, wordTags: WP } = input;
  const b0 = state.b(0);
  const b1 = state.b(1);
  out.clear();
  out.push(feature1(9, W[b0]!));
  out.push(feature1(11, WP[b0]!));
  out.push(feature1(12, W[b1]!));
  out.push(feature1(14, WP[b1]!));
  out.push(feature1(16, W[state.b(2)]!));
}

/**
 * The features of the buffer front and its left dependents alone (templates 76, 86, 87, 90, 97,
 * 102): the same for every state with the same front and the same number of left dependents of
 * it, so the parser sums their rows once for each.
 */
export function frontLeftFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const { words: W, tags: P } = input;
  const b0 = state.b(0);
  const b0w = W[b0]!;
  const b0p = P[b0]!;
  const b0L = state.left1[b0]!;
  const LL = state.leftLabels;
  out.clear();
  out.push(feature2(76, b0w, Math.min(state.leftCount[b0]!, 4)));
  out.push(feature2(86, b0w, labelAt(state, b0L)));
  out.push(feature2(87, b0p, labelAt(state, b0L)));
  out.push(feature3(90, b0p, labelAt(state, b0L), labelAt(state, state.left2[b0]!)));
  out.push(feature3(97, b0p, LL[b0 * 2]!, LL[b0 * 2 + 1]!));
  out.push(feature2(102, W[b0L]!, b0p));
}

/**
 * The tag groups' values (three per group, in TAG_GROUPS order): the parser reads each group's
 * precomputed row for them (TagGroupTable); training pushes the groups' features.
 */
export function tagGroupValues(state: ParseState, input: ParserInput, values: Int32Array): void {
  const P = input.tags;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.b(0);
  const s0p = P[s0]!;
  const s1p = P[s1]!;
  const b0p = P[b0]!;
  values[0] = b0p;
  values[1] = P[state.b(1)]!;
  values[2] = P[state.b(2)]!;
  values[3] = P[state.s(2)]!;
  values[4] = s1p;
  values[5] = s0p;
  values[6] = s0p;
  values[7] = b0p;
  values[8] = distance(s0, b0 === state.root ? 0 : b0);
  values[9] = s0p;
  values[10] = Math.min(state.rightCount[s0]!, 4);
  values[11] = Math.min(state.leftCount[s0]!, 4);
  values[12] = s1p;
  values[13] = Math.min(state.rightCount[s1]!, 4);
  values[14] = Math.min(state.leftCount[s1]!, 4);
  values[15] = b0p;
  values[16] = Math.min(state.leftCount[b0]!, 4);
  values[17] = Math.min(state.depth, 3);
}

/**
 * The features of the stack's second word alone (templates 5, 7, 74, 84, 85, 91, 98, 103: its
 * word, tag, right dependents): they change only when it takes a right dependent, which makes it
 * the top, so the parser keeps their summed rows per stack position while the word stays second.
 */
export function secondFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const { words: W, tags: P } = input;
  const s1 = state.s(1);
  const s1R = state.right1[s1]!;
  const s1w = W[s1]!;
  const s1p = P[s1]!;
  const RL = state.rightLabels;
  out.clear();
  let n = 0;
  const v = out.reserve(SECOND_FEATURES);
  v[n++] = feature1(5, s1w);
  v[n++] = feature1(7, input.wordTags[s1]!);
  v[n++] = feature2(74, s1w, Math.min(state.rightCount[s1]!, 4));
  v[n++] = feature2(84, s1w, labelAt(state, s1R));
  v[n++] = feature2(85, s1p, labelAt(state, s1R));
  v[n++] = feature3(91, s1p, labelAt(state, s1R), labelAt(state, state.right2[s1]!));
  v[n++] = feature3(98, s1p, RL[s1 * 2]!, RL[s1 * 2 + 1]!);
  v[n++] = feature2(103, W[s1R]!, s1p);
  out.length = n;
}

/**
 * The features of the stack's top word, alone or with the second (templates 2, 4, 29–33 but 32,
 * 46–49, 66–67, 70–72, 80–83, 88–89, 95–96, 100–101): with `secondFeatures`, the same for every
 * state whose stack holds the same words with the same dependents. A LEFT move gives back the
 * stack of the state before the SHIFT it undoes, unchanged, so the parser keeps their summed rows
 * per stack depth and reads them again after a LEFT move.
 */
export function topFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const { words: W, tags: P } = input;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s0L = state.left1[s0]!;
  const s0R = state.right1[s0]!;
  const s1R = state.right1[s1]!;
  const s0w = W[s0]!;
  const s0p = P[s0]!;
  const s1w = W[s1]!;
  const s1p = P[s1]!;
  const s0wp = input.wordTags[s0]!;
  const s1wp = input.wordTags[s1]!;
  const d2 = distance(s1, s0);
  const LL = state.leftLabels;
  const RL = state.rightLabels;

  // Written straight into the buffer (room made once): the same hashes as pushes.
  out.clear();
  let n = 0;
  const v = out.reserve(TOP_FEATURES);
  v[n++] = feature1(2, s0w);
  v[n++] = feature1(4, s0wp);
  v[n++] = feature2(29, s1w, s0w);
  v[n++] = feature2(30, s1wp, s0p);
  v[n++] = feature2(31, s1p, s0wp);
  v[n++] = feature2(33, s1wp, s0wp);
  v[n++] = feature3(46, s1p, P[s1R]!, s0p);
  v[n++] = feature3(48, s1p, s0p, P[s0R]!);
  v[n++] = feature3(49, s1p, s0p, P[s0L]!);
  v[n++] = feature3(66, s1p, s0p, d2);
  v[n++] = feature3(67, s1w, s0w, d2);
  v[n++] = feature2(70, s0w, Math.min(state.rightCount[s0]!, 4));
  v[n++] = feature2(72, s0w, Math.min(state.leftCount[s0]!, 4));
  v[n++] = feature2(80, s0w, labelAt(state, s0L));
  v[n++] = feature2(81, s0p, labelAt(state, s0L));
  v[n++] = feature2(82, s0w, labelAt(state, s0R));
  v[n++] = feature2(83, s0p, labelAt(state, s0R));
  v[n++] = feature3(88, s0p, labelAt(state, s0L), labelAt(state, state.left2[s0]!));
  v[n++] = feature3(89, s0p, labelAt(state, s0R), labelAt(state, state.right2[s0]!));
  v[n++] = feature3(95, s0p, LL[s0 * 2]!, LL[s0 * 2 + 1]!);
  v[n++] = feature3(96, s0p, RL[s0 * 2]!, RL[s0 * 2 + 1]!);
  v[n++] = feature2(100, W[s0L]!, s0p);
  v[n++] = feature2(101, W[s0R]!, s0p);
  out.length = n;
}

/**
 * The features that read the stack and the buffer together (templates 20–25, 32, 41–45, 50–52,
 * 60–64, 104, 106): scored afresh at every move.
 */
export function crossFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const { words: W, tags: P } = input;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const s0L = state.left1[s0]!;
  const s0R = state.right1[s0]!;
  const s0w = W[s0]!;
  const s0p = P[s0]!;
  const s1w = W[s1]!;
  const s1p = P[s1]!;
  const b0w = W[b0]!;
  const b0p = P[b0]!;
  const b1p = P[b1]!;
  const s0wp = input.wordTags[s0]!;
  const b0wp = input.wordTags[b0]!;
  const d1 = distance(s0, b0 === state.root ? 0 : b0);

  // Written straight into the buffer (room made once): the same hashes as pushes.
  out.clear();
  let n = 0;
  const v = out.reserve(CROSS_FEATURES);
  v[n++] = feature2(20, s0wp, b0wp);
  v[n++] = feature2(21, s0wp, b0w);
  v[n++] = feature2(22, s0w, b0wp);
  v[n++] = feature2(23, s0wp, b0p);
  v[n++] = feature2(24, s0p, b0wp);
  v[n++] = feature2(25, s0w, b0w);
  v[n++] = feature2(32, s1p, b0p);
  v[n++] = feature3(41, s0p, b0p, b1p);
  v[n++] = feature3(42, s1p, s0p, b0p);
  v[n++] = feature3(43, s0p, P[s0L]!, b0p);
  v[n++] = feature3(44, s0p, P[s0R]!, b0p);
  v[n++] = feature3(45, s0p, b0p, P[state.left1[b0]!]!);
  v[n++] = feature3(50, s0w, b0p, b1p);
  v[n++] = feature3(51, s0p, b0w, b1p);
  v[n++] = feature3(52, s1p, s0w, b0p);
  v[n++] = feature2(60, s0w, d1);
  v[n++] = feature2(62, b0w, d1);
  v[n++] = feature3(64, s0w, b0w, d1);
  v[n++] = feature4(104, s0p, P[s0L]!, P[s0R]!, b0p);
  v[n++] = feature4(106, s1w, s0p, b0p, labelAt(state, s0L));
  out.length = n;
}

/** Where `parserFeatures` writes the tag groups' values. */
const groupScratch = new Int32Array(TAG_GROUPS.length * 3);

/** Appends the features of `part` to `out`. */
function append(out: FeatureBuffer, part: FeatureBuffer): void {
  for (let i = 0; i < part.length; i += 1) out.push(part.values[i]!);
}

const partScratch = new FeatureBuffer(64);
const PARTS = [frontFeatures, frontLeftFeatures, secondFeatures, topFeatures, crossFeatures];

/**
 * Every feature of a state, what training scores and updates: Zhang & Nivre (2011)-style rich
 * non-local features adapted to arc-hybrid positions, the tag groups' features (TAG_GROUPS), then
 * those of the buffer front, its left dependents, the stack's second word, its top, and both. The parser reads the same
 * features in these parts (tag groups from their tables, front and stack sums kept while they
 * hold); training's weights are whole numbers, so the order of the features changes no score.
 */
export function parserFeatures(out: FeatureBuffer, state: ParseState, input: ParserInput): void {
  const values = groupScratch;
  tagGroupValues(state, input, values);
  out.clear();
  TAG_GROUPS.forEach((group, g) => group.emit(out, values[3 * g]!, values[3 * g + 1]!, values[3 * g + 2]!));
  for (const part of PARTS) {
    part(partScratch, state, input);
    append(out, partScratch);
  }
}
