import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax, PerceptronTrainer, type SparseWeights } from '../model/perceptron.js';
import type { Random } from '../train/random.js';
import { mwtFeatures } from './mwt-features.js';
import type { MwtMeta } from './mwt-splitter.js';
import { countValue, mostFrequent } from '../train/value-counts.js';

/** A sentence's surface tokens and, for each, the words the treebank gives it. */
export interface TokenSentence {
  tokens: string[];
  words: string[][];
}

const BITS = 16;
/** A contraction split at least this share of the time counts as always split. */
const ALWAYS = 0.97;
/** Below this share it is never split (a rare annotation, not a reading). */
const NEVER = 0.03;
/** A clitic suffix needs this many distinct host tokens to be split off unseen tokens. */
const CLITIC_HOSTS = 8;

export function trainMwt(
  sentences: readonly TokenSentence[],
  options: { epochs: number; random: Random },
): { meta: MwtMeta; weights: SparseWeights } {
  const splitCounts = new Map<string, Map<string, number>>();
  const exactCounts = new Map<string, Map<string, number>>();
  const wholeCounts = new Map<string, number>();
  const cliticHosts = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      const words = sentence.words[i]!;
      const lower = token.toLowerCase();
      if (words.length === 1) {
        wholeCounts.set(lower, (wholeCounts.get(lower) ?? 0) + 1);
        return;
      }
      countValue(splitCounts, lower, words.map((word) => word.toLowerCase()).join('\u0001'));
      countValue(exactCounts, token, words.join('\u0001'));
      const last = words[words.length - 1]!.toLowerCase();
      if (words.length === 2 && words.join('').toLowerCase() === lower) {
        let hosts = cliticHosts.get(last);
        if (!hosts) cliticHosts.set(last, (hosts = new Set()));
        hosts.add(words[0]!.toLowerCase());
      }
    });
  }
  const table: MwtMeta['table'] = {};
  const ambiguous = new Set<string>();
  for (const lower of [...splitCounts.keys()].sort()) {
    const counts = splitCounts.get(lower)!;
    let split = 0;
    for (const count of counts.values()) split += count;
    const share = split / (split + (wholeCounts.get(lower) ?? 0));
    if (share < NEVER) continue;
    const isAmbiguous = share < ALWAYS;
    if (isAmbiguous) ambiguous.add(lower);
    table[lower] = { words: mostFrequent(counts).split('\u0001'), ambiguous: isAmbiguous };
  }
  const exact: MwtMeta['exact'] = {};
  for (const token of [...exactCounts.keys()].sort()) {
    if (table[token.toLowerCase()]) exact[token] = mostFrequent(exactCounts.get(token)!).split('\u0001');
  }
  const clitics = [...cliticHosts.entries()]
    .filter(([clitic, hosts]) => hosts.size >= CLITIC_HOSTS && /['’`]/u.test(clitic))
    .map(([clitic]) => clitic)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

  const model = new PerceptronTrainer(2, BITS);
  const features = new FeatureBuffer(16);
  const scores = new Float32Array(2);
  const examples: Array<[string[], number, number]> = [];
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (ambiguous.has(token.toLowerCase()))
        examples.push([sentence.tokens, i, sentence.words[i]!.length > 1 ? 1 : 0]);
    });
  }
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    options.random.shuffle(examples);
    for (const [tokens, i, truth] of examples) {
      mwtFeatures(features, tokens, i);
      model.score(features, scores);
      model.tick();
      model.update(features, truth, argmax(scores, 2));
    }
  }
  return { meta: { table, exact, clitics, bits: BITS }, weights: model.toSparse(1e-3) };
}
