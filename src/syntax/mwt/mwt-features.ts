import { feature1, feature2, type FeatureBuffer } from '../model/feature-hash.js';
import { wordKeys } from '../tagger/word-shape.js';

/** Features deciding whether an ambiguous token ("des": "de les" or the article) is a contraction. */
export function mwtFeatures(out: FeatureBuffer, tokens: readonly string[], i: number): void {
  const at = (index: number): number =>
    index < 0 ? 0x1111 : index >= tokens.length ? 0x2222 : wordKeys(tokens[index]!).norm;
  const suffixAt = (index: number): number =>
    index < 0 ? 0x1111 : index >= tokens.length ? 0x2222 : wordKeys(tokens[index]!).suffix3;
  const form = at(i);
  out.clear();
  out.push(feature1(201, form));
  out.push(feature2(202, form, at(i - 1)));
  out.push(feature2(203, form, at(i + 1)));
  out.push(feature2(204, form, at(i - 2)));
  out.push(feature2(205, form, at(i + 2)));
  out.push(feature2(206, form, suffixAt(i - 1)));
  out.push(feature2(207, form, suffixAt(i + 1)));
  out.push(feature2(208, form, suffixAt(i + 2)));
}
