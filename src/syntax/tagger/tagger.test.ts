import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax } from '../model/perceptron.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { syntaxModel } from '../syntax-models.js';
import type { SyntaxLanguage } from '../types.js';
import {
  contextFeatures,
  formFeatures,
  NEIGHBOURS,
  neighbourFeatures,
  previousTagFeatures,
  uposFeatures,
} from './tagger-features.js';
import { normaliseForm, wordKeys } from './word-shape.js';

/** Sentences written for these tests: a passive, a control verb, repeated words, one and two words. */
const SENTENCES: Array<[SyntaxLanguage, string]> = [
  ['fr', 'Le projet de loi a été adopté par le Parlement .'],
  ['fr', 'Le Vietnam a demandé à la France de soutenir sa candidature .'],
  ['fr', 'Oui'],
  ['en', 'The agreement was signed by the two ministers .'],
  ['en', 'They met , they talked and they met again .'],
  ['en', 'Thanks !'],
];

/** The words' keys and ambiguity classes, as training reads them. */
function wordsOf(language: SyntaxLanguage, forms: string[]) {
  const { ambiguity } = syntaxModel(language).meta.tagger;
  return {
    words: forms.map(wordKeys),
    classes: forms.map((form) => ambiguity[normaliseForm(form)] ?? 0),
  };
}

/** The plain greedy loop: every feature of each word (uposFeatures) summed over its rows, no kept sums. */
function referenceTags(weights: SparseWeights, language: SyntaxLanguage, forms: string[]): number[] {
  const { words, classes } = wordsOf(language, forms);
  const features = new FeatureBuffer(64);
  const scores = new Float32Array(weights.classes);
  const { offsets, labels, quantised } = weights;
  const mask = offsets.length - 2;
  const tags: number[] = [];
  for (let i = 0; i < forms.length; i += 1) {
    uposFeatures(features, words, classes, i, i > 0 ? tags[i - 1]! + 1 : 0, i > 1 ? tags[i - 2]! + 1 : 0);
    scores.fill(0);
    for (let index = 0; index < features.length; index += 1) {
      const bucket = features.values[index]! & mask;
      for (let at = offsets[bucket]!; at < offsets[bucket + 1]!; at += 1)
        scores[labels[at]!]! += quantised[at]!;
    }
    tags.push(argmax(scores, weights.classes));
  }
  return tags;
}

describe('tagger', () => {
  it('tags a quote, a bracket or a run of sentence punctuation PUNCT, whatever the model guesses, but not an emoticon', () => {
    const model = syntaxModel('fr');
    const forms = '“ La politique du Japon est de soutenir la paix … ” ( :) )'.split(' ');
    const upos = model.tagger.tag(forms).upos.map((id) => model.meta.tagger.upos[id]);
    expect([0, 10, 11, 12, 14].map((i) => upos[i])).toEqual(['PUNCT', 'PUNCT', 'PUNCT', 'PUNCT', 'PUNCT']);
    expect(upos[13]).not.toBe('PUNCT');
    expect(upos[1]).toBe('DET');
  });

  it('gives the same tags as the plain scoring loop on the shipped models, twice (kept sums) or once', () => {
    for (const [language, sentence] of SENTENCES) {
      const model = syntaxModel(language);
      const forms = sentence.split(' ');
      const reference = referenceTags(model.parts.uposWeights, language, forms);
      expect(model.tagger.tag(forms).upos, sentence).toEqual(reference);
      expect(model.tagger.tag(forms).upos, sentence).toEqual(reference);
    }
  });

  it('reads in its parts (form, neighbours, previous tags, context) every feature of uposFeatures', () => {
    for (const [language, sentence] of SENTENCES) {
      const forms = sentence.split(' ');
      const { words, classes } = wordsOf(language, forms);
      for (let i = 0; i < forms.length; i += 1) {
        const [prev1, prev2] = [i % 3, (i * 7) % 5];
        const all = new FeatureBuffer(64);
        uposFeatures(all, words, classes, i, prev1, prev2);
        const parts = new FeatureBuffer(64);
        formFeatures(parts, words[i]!, classes[i]!);
        for (const offset of NEIGHBOURS) {
          const at = i + offset;
          const inside = at >= 0 && at < forms.length;
          neighbourFeatures(parts, offset, inside ? words[at]! : null, inside ? classes[at]! : 0);
        }
        previousTagFeatures(parts, prev1, prev2);
        contextFeatures(parts, words, classes, i, prev1);
        const sorted = (buffer: FeatureBuffer): number[] =>
          Array.from(buffer.values.subarray(0, buffer.length)).sort((a, b) => a - b);
        expect(sorted(parts)).toEqual(sorted(all));
      }
    }
  });

  it('reads the features the shipped models were trained on (digest taken before they were split into parts)', () => {
    // The digest of each word's sorted features, the previous tags being the tagger's, was computed
    // with the single function the models were trained with.
    const hash = createHash('sha256');
    for (const [language, sentence] of SENTENCES) {
      const forms = sentence.split(' ');
      const { words, classes } = wordsOf(language, forms);
      const { upos } = syntaxModel(language).tagger.tag(forms);
      const all = new FeatureBuffer(64);
      for (let i = 0; i < forms.length; i += 1) {
        uposFeatures(all, words, classes, i, i > 0 ? upos[i - 1]! + 1 : 0, i > 1 ? upos[i - 2]! + 1 : 0);
        hash.update(Uint32Array.from(all.values.subarray(0, all.length)).sort());
      }
    }
    expect(hash.digest('hex')).toBe('545254769d497759da4a84e925a55499158330a8a18b3dae4d2d9942a36e11b5');
  });
});
