import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from '../model/feature-hash.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { syntaxModel } from '../syntax-models.js';
import type { SyntaxLanguage } from '../types.js';
import { ParseState } from './parse-state.js';
import { frontFeatures, frontLeftFeatures, parserFeatures, type ParserInput } from './parser-features.js';
import { bestValid, type ParsedTree } from './parser.js';
import { TAG_GROUPS } from './tag-groups.js';

/** Sentences written for these tests (the constructions of analyze-syntax.test.ts and a long one). */
const SENTENCES: Array<[SyntaxLanguage, string]> = [
  ['fr', 'Le projet de loi a été adopté par le Parlement .'],
  ['fr', 'Marie Dubois et Paul Martin se sont entretenus mardi .'],
  ['fr', 'Le Vietnam a demandé à la France de soutenir sa candidature .'],
  ['fr', 'Selon la porte-parole , les garde-côtes ont saisi trois navires .'],
  [
    'fr',
    'Le ministre , qui était arrivé la veille à Hanoï , a rencontré son homologue , puis les deux ' +
      'délégations ont signé un accord sur la pêche que les deux parlements devront ratifier avant la fin de l’ année .',
  ],
  ['en', 'The agreement was signed by the two ministers .'],
  ['en', 'The government asked Japan to support the proposal .'],
  ['en', 'Marie Dubois and Paul Martin met the delegation on Monday .'],
];

/** The plain greedy loop: score every state with a one-pass sum over the rows, the best valid action, no shortcut. */
function referenceParse(weights: SparseWeights, input: ParserInput): ParsedTree {
  const n = input.words.length - 2;
  const state = new ParseState(n);
  const features = new FeatureBuffer(128);
  const scores = new Float32Array(weights.classes);
  const { offsets, labels, quantised } = weights;
  const mask = offsets.length - 2;
  while (!state.terminal) {
    parserFeatures(features, state, input);
    scores.fill(0);
    for (let index = 0; index < features.length; index += 1) {
      const bucket = features.values[index]! & mask;
      for (let at = offsets[bucket]!; at < offsets[bucket + 1]!; at += 1) {
        scores[labels[at]!]! += quantised[at]!;
      }
    }
    let best = -1;
    for (let action = 0; action < weights.classes; action += 1) {
      if (state.isValid(action) && (best < 0 || scores[action]! > scores[best]!)) best = action;
    }
    state.apply(best);
  }
  const heads: number[] = [];
  const relations: number[] = [];
  for (let i = 1; i <= n; i += 1) {
    heads.push(state.heads[i] === state.root ? 0 : state.heads[i]!);
    relations.push(state.labels[i]!);
  }
  return { heads, labels: relations };
}

describe('dependency parser', () => {
  it('gives the same trees as the plain scoring loop on the shipped models', () => {
    for (const [language, sentence] of SENTENCES) {
      const model = syntaxModel(language);
      const forms = sentence.split(' ');
      const input = model.parserInputOf(model.tagger.tag(forms));
      const reference = referenceParse(model.parts.parserWeights, input);
      expect(model.parser.parse(input), sentence).toEqual(reference);
    }
  });

  it('reads the tag groups’ values and the front’s features apart: the same features in all', () => {
    const model = syntaxModel('fr');
    for (const [, sentence] of SENTENCES.filter(([language]) => language === 'fr')) {
      const forms = sentence.split(' ');
      const input = model.parserInputOf(model.tagger.tag(forms));
      const state = new ParseState(forms.length);
      const all = new FeatureBuffer(128);
      const split = new FeatureBuffer(128);
      const front = new FeatureBuffer(8);
      const values = new Int32Array(TAG_GROUPS.length * 3);
      const scores = new Float32Array(model.parser.actions);
      while (!state.terminal) {
        parserFeatures(all, state, input);
        parserFeatures(split, state, input, values);
        frontFeatures(front, state, input);
        for (let i = 0; i < front.length; i += 1) split.push(front.values[i]!);
        frontLeftFeatures(front, state, input);
        for (let i = 0; i < front.length; i += 1) split.push(front.values[i]!);
        TAG_GROUPS.forEach((group, g) =>
          group.emit(split, values[3 * g]!, values[3 * g + 1]!, values[3 * g + 2]!),
        );
        const sorted = (buffer: FeatureBuffer): number[] =>
          Array.from(buffer.values.subarray(0, buffer.length)).sort();
        expect(sorted(split)).toEqual(sorted(all));
        model.parts.parserWeights.score(all, scores);
        state.apply(bestValid(state, scores, model.parser.actions));
      }
    }
  });
});
