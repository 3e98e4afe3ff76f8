import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax } from '../model/perceptron.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { featsFeatures, uposFeatures } from './tagger-features.js';
import { normaliseForm, wordKeys, type WordKeys } from './word-shape.js';

/** The morphological features the models keep (those event coding reads). */
export const KEPT_FEATURES = ['Mood', 'Number', 'Person', 'Polarity', 'Tense', 'VerbForm', 'Voice'] as const;

/** What a tagger needs besides its weights: its class lists. */
export interface TaggerMeta {
  upos: string[];
  /** Feature bundles ("Mood=Ind|Number=Sing|…", "_" for none). */
  bundles: string[];
  /** For each UPOS id, the bundle ids seen with it in training. */
  bundlesByUpos: number[][];
  uposBits: number;
  featsBits: number;
  /** Normalised form → bit set of the UPOS it had in training (its ambiguity class). */
  ambiguity: Record<string, number>;
}

export interface Tagging {
  upos: number[];
  bundles: number[];
  /** The hashed keys of each word the tagger read (the parser reads their `norm`). */
  words: WordKeys[];
}

/**
 * Forms whose ambiguity class is kept. With the word-shape, form-sum and fold caches of both languages
 * these filled an analysis worker's 128 MB heap on a 20,000-page ingest (the worker died near 17k
 * pages); 40k still holds the forms of thousands of articles, a cleared cache is refilled from the table.
 */
const CLASS_CACHE_LIMIT = 40_000;
/** Forms whose summed form-feature rows are kept (17 integers each). */
const FORM_SUMS_LIMIT = 30_000;

/** The id among `ids` (increasing) with the highest score; ties go to the lowest id, as `argmax`. */
function bestOf(scores: Float32Array, ids: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  for (const id of ids) {
    if (scores[id]! > bestScore) {
      bestScore = scores[id]!;
      best = id;
    }
  }
  return best;
}

/** Greedy left-to-right UPOS tagger, then a morphology model restricted to the bundles of each UPOS. */
export class Tagger {
  private readonly features = new FeatureBuffer(64);
  private readonly formFeatures = new FeatureBuffer(16);
  /**
   * The UPOS rows of a form's own features (`uposFeatures`' `formOut`) summed, by surface form: a
   * word then costs the rows of its context features only. Sums of integers: the same scores.
   */
  private readonly formSums = new Map<string, Int32Array>();
  private readonly uposSums: Int32Array;
  private readonly uposScores: Float32Array;
  private readonly featsScores: Float32Array;
  /** For each UPOS id, the bundle ids seen with it, in increasing order. */
  private readonly allowedBundles: number[][];
  private readonly ambiguity: Map<string, number>;
  /** Ambiguity class by surface form (saves normalising a form each time it recurs). */
  private readonly classByForm = new Map<string, number>();

  constructor(
    readonly meta: TaggerMeta,
    private readonly uposModel: SparseWeights,
    private readonly featsModel: SparseWeights,
  ) {
    this.uposSums = new Int32Array(uposModel.classes);
    this.uposScores = new Float32Array(meta.upos.length);
    this.featsScores = new Float32Array(meta.bundles.length);
    this.allowedBundles = meta.bundlesByUpos.map((ids) => [...new Set(ids)].sort((a, b) => a - b));
    this.ambiguity = new Map(Object.entries(meta.ambiguity));
  }

  /** Ambiguity class of each form (0 for forms unseen in training). */
  classesOf(forms: readonly string[]): number[] {
    return forms.map((form) => {
      let known = this.classByForm.get(form);
      if (known === undefined) {
        known = this.ambiguity.get(normaliseForm(form)) ?? 0;
        if (this.classByForm.size >= CLASS_CACHE_LIMIT) this.classByForm.clear();
        this.classByForm.set(form, known);
      }
      return known;
    });
  }

  /** Tag a sentence; `fixed[i]`, when given, is word i's UPOS id, kept as it is. */
  tag(forms: readonly string[], fixed?: ReadonlyArray<number | undefined>): Tagging {
    const words = forms.map(wordKeys);
    const classes = this.classesOf(forms);
    const upos: number[] = [];
    let prev1 = 0;
    let prev2 = 0;
    const sums = this.uposSums;
    for (let i = 0; i < words.length; i += 1) {
      const known = this.formSums.get(forms[i]!);
      uposFeatures(this.features, words, classes, i, prev1, prev2, known ? null : this.formFeatures);
      sums.set(known ?? this.formSumsOf(forms[i]!));
      this.uposModel.addRows(this.features, sums);
      for (let label = 0; label < sums.length; label += 1) this.uposScores[label] = sums[label]!;
      const tag = fixed?.[i] ?? argmax(this.uposScores, this.meta.upos.length);
      upos.push(tag);
      prev2 = prev1;
      prev1 = tag + 1;
    }
    const bundles: number[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const allowed = this.allowedBundles[upos[i]!];
      if (!allowed || allowed.length <= 1) {
        bundles.push(allowed && allowed.length === 1 ? allowed[0]! : 0);
        continue;
      }
      featsFeatures(this.features, words, upos, i);
      this.featsModel.score(this.features, this.featsScores);
      bundles.push(bestOf(this.featsScores, allowed));
    }
    return { upos, bundles, words };
  }

  /** Sum and keep the rows of the form features just written to `formFeatures`. */
  private formSumsOf(form: string): Int32Array {
    const sums = new Int32Array(this.uposModel.classes);
    this.uposModel.addRows(this.formFeatures, sums);
    if (this.formSums.size >= FORM_SUMS_LIMIT) this.formSums.clear();
    this.formSums.set(form, sums);
    return sums;
  }
}
