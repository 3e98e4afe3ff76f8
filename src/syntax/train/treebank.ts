import { formatFeats, parseFeats, type ConlluSentence } from '../conllu.js';
import { KEPT_FEATURES } from '../tagger/tagger.js';
import { UPOS_TAGS } from '../types.js';

/** A treebank sentence reduced to what the models learn from. */
export interface TrainingSentence {
  forms: string[];
  upos: number[];
  /** Kept morphological features, as a bundle string ("_" for none). */
  bundles: string[];
  lemmas: string[];
  /** 1-based heads, 0 = root. */
  heads: number[];
  deprels: string[];
  /** Surface tokens and the words each covers (multiword ranges kept together). */
  tokens: string[];
  tokenWords: string[][];
}

const UPOS_INDEX = new Map<string, number>(UPOS_TAGS.map((tag, i) => [tag, i]));

/** Keep only the features the models predict. */
export function keptBundle(feats: string): string {
  const all = parseFeats(feats);
  const kept: Record<string, string> = {};
  for (const key of KEPT_FEATURES) if (all[key] !== undefined) kept[key] = all[key];
  return formatFeats(kept);
}

/** Convert CoNLL-U sentences; words with an unknown UPOS become X. */
export function toTrainingSentence(sentence: ConlluSentence): TrainingSentence {
  const words = sentence.words;
  const tokens: string[] = [];
  const tokenWords: string[][] = [];
  let next = 0;
  const ranges = [...sentence.ranges].sort((a, b) => a.first - b.first);
  let range = 0;
  while (next < words.length) {
    const id = words[next]!.id;
    const current = ranges[range];
    if (current && current.first === id) {
      const parts = words
        .filter((word) => word.id >= current.first && word.id <= current.last)
        .map((word) => word.form);
      tokens.push(current.form);
      tokenWords.push(parts);
      next += parts.length;
      range += 1;
      continue;
    }
    tokens.push(words[next]!.form);
    tokenWords.push([words[next]!.form]);
    next += 1;
  }
  return {
    forms: words.map((word) => word.form),
    upos: words.map((word) => UPOS_INDEX.get(word.upos) ?? UPOS_INDEX.get('X')!),
    bundles: words.map((word) => keptBundle(word.feats)),
    lemmas: words.map((word) => word.lemma),
    heads: words.map((word) => word.head),
    deprels: words.map((word) => word.deprel),
    tokens,
    tokenWords,
  };
}
