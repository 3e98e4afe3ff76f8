import { feature1, feature2, feature3, type FeatureBuffer } from '../model/feature-hash.js';
import type { WordKeys } from './word-shape.js';

/** Ids standing for "no word here" before the start and after the end of a sentence. */
const START = 0x5a5a5a5a;
const END = 0x3c3c3c3c;

function normAt(words: readonly WordKeys[], index: number): number {
  if (index < 0) return START;
  if (index >= words.length) return END;
  return words[index]!.norm;
}

/** The ambiguity class of word `index`, START and END outside the sentence. */
function classAt(classes: readonly number[], index: number): number {
  if (index < 0) return START;
  return index >= classes.length ? END : classes[index]!;
}

/** Where the neighbours whose features `neighbourFeatures` writes stand from the word tagged. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOURS)[number];

/**
 * The features of the word's form alone (its keys, affixes, shape and ambiguity class `own`): the
 * same wherever the form stands, so the tagger keeps their summed rows per form.
 */
export function formFeatures(out: FeatureBuffer, word: WordKeys, own: number): void {
  out.push(feature1(1, 0));
  out.push(feature1(2, word.norm));
  out.push(feature1(3, word.suffix1));
  out.push(feature1(4, word.suffix2));
  out.push(feature1(5, word.suffix3));
  out.push(feature1(6, word.suffix4));
  out.push(feature1(7, word.prefix1));
  out.push(feature1(8, word.prefix2));
  out.push(feature1(9, word.shape));
  out.push(feature1(27, own));
  out.push(feature2(33, own, word.suffix3));
  out.push(feature1(35, word.suffix5));
  out.push(feature1(36, word.prefix3));
}

/**
 * The features of the neighbour at `offset` alone (its form, suffixes and ambiguity class `own`;
 * `word` null: no word there, START before the sentence and END after it): the same wherever that
 * form stands at that offset, so the tagger keeps their summed rows per form too.
 */
export function neighbourFeatures(
  out: FeatureBuffer,
  offset: NeighbourOffset,
  word: WordKeys | null,
  own: number,
): void {
  const outside = offset < 0 ? START : END;
  const norm = word ? word.norm : outside;
  const cls = word ? own : outside;
  if (offset === -2) out.push(feature1(12, norm));
  else if (offset === -1) {
    out.push(feature1(11, norm));
    out.push(feature1(15, word ? word.suffix3 : outside));
  } else if (offset === 1) {
    out.push(feature1(13, norm));
    out.push(feature1(16, word ? word.suffix3 : outside));
    out.push(feature1(29, cls));
    out.push(feature1(34, word ? word.suffix2 : outside));
  } else {
    out.push(feature1(14, norm));
    out.push(feature1(31, cls));
  }
}

/** The features of the two tags already chosen on the word's left alone (tag ids + 1, 0 before the start). */
export function previousTagFeatures(out: FeatureBuffer, prev1: number, prev2: number): void {
  out.push(feature1(17, prev1));
  out.push(feature1(18, prev2));
  out.push(feature2(19, prev1, prev2));
}

/**
 * The features that combine word `i` with its neighbours or the tag on its left (greedy
 * left-to-right tagging; `prev1` is a tag id + 1, 0 before the start): read afresh for every word.
 */
export function contextFeatures(
  out: FeatureBuffer,
  words: readonly WordKeys[],
  classes: readonly number[],
  i: number,
  prev1: number,
): void {
  const word = words[i]!;
  const own = classAt(classes, i);
  out.push(feature2(10, word.shape, i === 0 ? 1 : 0));
  out.push(feature2(20, prev1, word.norm));
  out.push(feature2(21, prev1, word.suffix3));
  out.push(feature2(22, word.norm, normAt(words, i + 1)));
  out.push(feature2(23, normAt(words, i - 1), word.norm));
  out.push(feature2(24, prev1, normAt(words, i + 1)));
  out.push(feature3(25, word.suffix2, normAt(words, i + 1), prev1));
  out.push(feature2(26, word.capitalised ? 1 : 0, i === 0 ? 1 : 0));
  // Ambiguity classes: the tags each word had in training, for words whose tag is not chosen yet.
  out.push(feature2(28, own, prev1));
  out.push(feature2(30, own, classAt(classes, i + 1)));
  out.push(feature3(32, prev1, own, classAt(classes, i + 1)));
  out.push(feature2(37, classAt(classes, i - 1), own));
  out.push(feature2(38, word.norm, classAt(classes, i + 1)));
}

/**
 * Every UPOS feature of word `i` (what training scores and updates): its form's, its neighbours',
 * the previous tags' and the context's. The tagger reads the same features in these parts, the
 * first three as rows summed beforehand; training's whole-number weights make their order change
 * no score.
 */
export function uposFeatures(
  out: FeatureBuffer,
  words: readonly WordKeys[],
  classes: readonly number[],
  i: number,
  prev1: number,
  prev2: number,
): void {
  out.clear();
  formFeatures(out, words[i]!, classAt(classes, i));
  for (const offset of NEIGHBOURS) {
    const at = i + offset;
    const inside = at >= 0 && at < words.length;
    neighbourFeatures(out, offset, inside ? words[at]! : null, inside ? classes[at]! : 0);
  }
  previousTagFeatures(out, prev1, prev2);
  contextFeatures(out, words, classes, i, prev1);
}

/** Features of the morphology model: the word, its chosen UPOS and its neighbours' UPOS. */
export function featsFeatures(
  out: FeatureBuffer,
  words: readonly WordKeys[],
  upos: readonly number[],
  i: number,
): void {
  const word = words[i]!;
  const tag = upos[i]! + 1;
  const left = i > 0 ? upos[i - 1]! + 1 : 0;
  const right = i + 1 < words.length ? upos[i + 1]! + 1 : 0;
  out.clear();
  out.push(feature1(101, tag));
  out.push(feature2(102, tag, word.norm));
  out.push(feature2(103, tag, word.suffix1));
  out.push(feature2(104, tag, word.suffix2));
  out.push(feature2(105, tag, word.suffix3));
  out.push(feature2(106, tag, word.suffix4));
  out.push(feature3(107, tag, left, right));
  out.push(feature2(108, tag, normAt(words, i - 1)));
  out.push(feature2(109, tag, normAt(words, i + 1)));
  out.push(feature2(110, tag, normAt(words, i - 2)));
  out.push(feature3(111, tag, left, word.suffix3));
  out.push(feature2(112, tag, word.shape));
}
