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

function suffixAt(words: readonly WordKeys[], index: number): number {
  if (index < 0) return START;
  if (index >= words.length) return END;
  return words[index]!.suffix3;
}

/** The ambiguity class of word `index`, START and END outside the sentence. */
function classAt(classes: readonly number[], index: number): number {
  if (index < 0) return START;
  return index >= classes.length ? END : classes[index]!;
}

/**
 * The UPOS tagger's features for word `i`, given the two tags already chosen on its left
 * (greedy left-to-right tagging; `prev1`/`prev2` are tag ids + 1, 0 before the start).
 *
 * The features of the word's form alone (its keys and ambiguity class, the same wherever the form
 * stands) go to `formOut`: by default `out` itself, in one fixed order; the tagger passes a buffer
 * of their own to keep their summed rows per form, or null when it has them already.
 */
export function uposFeatures(
  out: FeatureBuffer,
  words: readonly WordKeys[],
  classes: readonly number[],
  i: number,
  prev1: number,
  prev2: number,
  formOut: FeatureBuffer | null = out,
): void {
  const word = words[i]!;
  const own = classAt(classes, i);
  out.clear();
  if (formOut !== out) formOut?.clear();
  if (formOut) {
    formOut.push(feature1(1, 0));
    formOut.push(feature1(2, word.norm));
    formOut.push(feature1(3, word.suffix1));
    formOut.push(feature1(4, word.suffix2));
    formOut.push(feature1(5, word.suffix3));
    formOut.push(feature1(6, word.suffix4));
    formOut.push(feature1(7, word.prefix1));
    formOut.push(feature1(8, word.prefix2));
    formOut.push(feature1(9, word.shape));
  }
  out.push(feature2(10, word.shape, i === 0 ? 1 : 0));
  out.push(feature1(11, normAt(words, i - 1)));
  out.push(feature1(12, normAt(words, i - 2)));
  out.push(feature1(13, normAt(words, i + 1)));
  out.push(feature1(14, normAt(words, i + 2)));
  out.push(feature1(15, suffixAt(words, i - 1)));
  out.push(feature1(16, suffixAt(words, i + 1)));
  out.push(feature1(17, prev1));
  out.push(feature1(18, prev2));
  out.push(feature2(19, prev1, prev2));
  out.push(feature2(20, prev1, word.norm));
  out.push(feature2(21, prev1, word.suffix3));
  out.push(feature2(22, word.norm, normAt(words, i + 1)));
  out.push(feature2(23, normAt(words, i - 1), word.norm));
  out.push(feature2(24, prev1, normAt(words, i + 1)));
  out.push(feature3(25, word.suffix2, normAt(words, i + 1), prev1));
  out.push(feature2(26, word.capitalised ? 1 : 0, i === 0 ? 1 : 0));
  // Ambiguity classes: the tags each word had in training, for words whose tag is not chosen yet.
  formOut?.push(feature1(27, own));
  out.push(feature2(28, own, prev1));
  out.push(feature1(29, classAt(classes, i + 1)));
  out.push(feature2(30, own, classAt(classes, i + 1)));
  out.push(feature1(31, classAt(classes, i + 2)));
  out.push(feature3(32, prev1, own, classAt(classes, i + 1)));
  formOut?.push(feature2(33, own, word.suffix3));
  out.push(feature1(34, i + 1 < words.length ? words[i + 1]!.suffix2 : END));
  formOut?.push(feature1(35, word.suffix5));
  formOut?.push(feature1(36, word.prefix3));
  out.push(feature2(37, classAt(classes, i - 1), own));
  out.push(feature2(38, word.norm, classAt(classes, i + 1)));
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
