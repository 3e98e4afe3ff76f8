import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax, PerceptronTrainer, type SparseWeights } from '../model/perceptron.js';
import type { Random } from '../train/random.js';
import { featsFeatures, uposFeatures } from './tagger-features.js';
import type { TaggerMeta } from './tagger.js';
import { normaliseForm, wordKeys } from './word-shape.js';

/** One training sentence as the tagger sees it. */
export interface TaggedSentence {
  forms: string[];
  upos: number[];
  bundles: number[];
}

export interface TrainedTagger {
  meta: TaggerMeta;
  upos: SparseWeights;
  feats: SparseWeights;
}

export interface TaggerTrainingOptions {
  epochs: number;
  random: Random;
  log: (line: string) => void;
}

const UPOS_BITS = 20;
const FEATS_BITS = 19;

/** Train the UPOS tagger (greedy, on its own predicted history) and the morphology model. */
export function trainTagger(
  sentences: readonly TaggedSentence[],
  upos: string[],
  bundles: string[],
  options: TaggerTrainingOptions,
): TrainedTagger {
  const bundlesByUpos: number[][] = upos.map(() => []);
  for (const sentence of sentences) {
    sentence.upos.forEach((tag, i) => {
      const list = bundlesByUpos[tag]!;
      if (!list.includes(sentence.bundles[i]!)) list.push(sentence.bundles[i]!);
    });
  }
  bundlesByUpos.forEach((list) => list.sort((a, b) => a - b));
  const allowed = bundlesByUpos.map((list) => new Set(list));
  const ambiguity = ambiguityClasses(sentences);
  const uposModel = new PerceptronTrainer(upos.length, UPOS_BITS);
  const featsModel = new PerceptronTrainer(bundles.length, FEATS_BITS);
  const features = new FeatureBuffer(64);
  const uposScores = new Float32Array(upos.length);
  const featsScores = new Float32Array(bundles.length);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    options.random.shuffle(order);
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const sentence = sentences[index]!;
      const words = sentence.forms.map(wordKeys);
      const classes = sentence.forms.map((form) => ambiguity.get(normaliseForm(form)) ?? 0);
      let prev1 = 0;
      let prev2 = 0;
      for (let i = 0; i < words.length; i += 1) {
        uposFeatures(features, words, classes, i, prev1, prev2);
        uposModel.score(features, uposScores);
        const guess = argmax(uposScores, upos.length);
        const truth = sentence.upos[i]!;
        uposModel.tick();
        uposModel.update(features, truth, guess);
        if (guess === truth) correct += 1;
        total += 1;
        prev2 = prev1;
        prev1 = guess + 1;
      }
      for (let i = 0; i < words.length; i += 1) {
        const set = allowed[sentence.upos[i]!]!;
        if (set.size <= 1) continue;
        featsFeatures(features, words, sentence.upos, i);
        featsModel.score(features, featsScores);
        const guess = argmax(featsScores, bundles.length, (id) => set.has(id));
        featsModel.tick();
        featsModel.update(features, sentence.bundles[i]!, guess);
      }
    }
    options.log(`tagger epoch ${epoch}: train UPOS ${(correct / total).toFixed(4)}`);
  }
  return {
    meta: {
      upos,
      bundles,
      bundlesByUpos,
      uposBits: UPOS_BITS,
      featsBits: FEATS_BITS,
      ambiguity: Object.fromEntries([...ambiguity.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    upos: uposModel.toSparse(1e-3),
    feats: featsModel.toSparse(1e-3),
  };
}

/** Words seen at least this often get an ambiguity class (rarer ones look like unseen words, as at test time). */
const AMBIGUITY_MIN_COUNT = 3;

/** Normalised form → bit set of the UPOS it had (tags seen under 5% of its uses are left out). */
function ambiguityClasses(sentences: readonly TaggedSentence[]): Map<string, number> {
  const counts = new Map<string, number[]>();
  for (const sentence of sentences) {
    sentence.forms.forEach((form, i) => {
      const key = normaliseForm(form);
      let row = counts.get(key);
      if (!row) counts.set(key, (row = []));
      row[sentence.upos[i]!] = (row[sentence.upos[i]!] ?? 0) + 1;
    });
  }
  const classes = new Map<string, number>();
  for (const [form, row] of counts) {
    const total = row.reduce((sum, count) => sum + (count ?? 0), 0);
    if (total < AMBIGUITY_MIN_COUNT) continue;
    let mask = 0;
    row.forEach((count, tag) => {
      if (count && count / total >= 0.05) mask |= 1 << tag;
    });
    classes.set(form, mask);
  }
  return classes;
}
