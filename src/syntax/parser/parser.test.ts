import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeatureBuffer } from '../model/feature-hash.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { syntaxModel } from '../syntax-models.js';
import type { SyntaxLanguage } from '../types.js';
import { isLeft, ParseState } from './parse-state.js';
import { parserFeatures, secondFeatures, topFeatures, type ParserInput } from './parser-features.js';
import { bestValid, type ParsedTree } from './parser.js';

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

  it('reads the features the shipped models were trained on (digest taken before they were split into parts)', () => {
    // parserFeatures is now the sum of its parts (tag groups, front, front and left dependents,
    // stack, both); the digest of its sorted features along the model's own moves was computed with
    // the single function the models were trained with.
    const hash = createHash('sha256');
    for (const [language, sentence] of SENTENCES.filter((_, index) => [0, 1, 6].includes(index))) {
      const model = syntaxModel(language);
      const forms = sentence.split(' ');
      const input = model.parserInputOf(model.tagger.tag(forms));
      const state = new ParseState(forms.length);
      const all = new FeatureBuffer(128);
      const scores = new Float32Array(model.parser.actions);
      while (!state.terminal) {
        parserFeatures(all, state, input);
        hash.update(Uint32Array.from(all.values.subarray(0, all.length)).sort());
        model.parts.parserWeights.score(all, scores);
        state.apply(bestValid(state, scores, model.parser.actions));
      }
    }
    expect(hash.digest('hex')).toBe('5e59a2c8beee81bc4ce346cac4d67fda95fa430d801888988212c5a7085b8d89');
  });

  it('finds after a LEFT move the stack features of the state before the SHIFT it undoes, and the second word’s unchanged while it takes no right dependent', () => {
    const model = syntaxModel('fr');
    const featuresOf = (
      part: (out: FeatureBuffer, state: ParseState, input: ParserInput) => void,
      state: ParseState,
      input: ParserInput,
    ): number[] => {
      const buffer = new FeatureBuffer(32);
      part(buffer, state, input);
      return Array.from(buffer.values.subarray(0, buffer.length));
    };
    const stackOf = (state: ParseState, input: ParserInput): number[] => [
      ...featuresOf(secondFeatures, state, input),
      ...featuresOf(topFeatures, state, input),
    ];
    /** The second word's features by word and number of right dependents, as first seen. */
    const seconds = new Map<string, number[]>();
    let secondsAgain = 0;
    let lefts = 0;
    for (const [, sentence] of SENTENCES.filter(([language]) => language === 'fr')) {
      const forms = sentence.split(' ');
      const input = model.parserInputOf(model.tagger.tag(forms));
      const state = new ParseState(forms.length);
      const all = new FeatureBuffer(128);
      const scores = new Float32Array(model.parser.actions);
      /** By depth, the stack features of the last state scored at that depth. */
      const byDepth: number[][] = [];
      seconds.clear();
      while (!state.terminal) {
        byDepth[state.depth] = stackOf(state, input);
        const second = `${state.s(1)}:${state.rightCount[state.s(1)]!}`;
        const seen = seconds.get(second);
        if (seen) secondsAgain += 1;
        expect(featuresOf(secondFeatures, state, input)).toEqual(
          seen ?? featuresOf(secondFeatures, state, input),
        );
        if (!seen) seconds.set(second, featuresOf(secondFeatures, state, input));
        parserFeatures(all, state, input);
        model.parts.parserWeights.score(all, scores);
        const action = bestValid(state, scores, model.parser.actions);
        state.apply(action);
        if (isLeft(action) && state.depth > 0) {
          lefts += 1;
          expect(stackOf(state, input)).toEqual(byDepth[state.depth]);
        }
      }
    }
    expect(lefts).toBeGreaterThan(10);
    expect(secondsAgain).toBeGreaterThan(10);
  });
});
