import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax } from '../model/perceptron.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import {
  contextFeatures,
  featsFeatures,
  formFeatures,
  NEIGHBOURS,
  neighbourFeatures,
  previousTagFeatures,
} from './tagger-features.js';
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
 * Forms kept with their keys, ambiguity class and summed rows (KnownForm: five rows of 17 integers,
 * ~500 bytes of heap a form, 10 MB in all). With the event tokenizer's fold cache these caches
 * once filled an analysis worker's heap on a 20,000-page ingest (src/ingest/analysis-pool.ts caps
 * it); 20k forms still hold those of thousands of articles, a cleared cache is refilled.
 */
const KNOWN_FORMS_LIMIT = 20_000;

/** What the tagger keeps of a surface form: one look-up per word instead of one per table. */
interface KnownForm {
  keys: WordKeys;
  /** Its ambiguity class (0 for forms unseen in training). */
  ambiguity: number;
  /**
   * The UPOS rows summed for its own features (`formFeatures`, slot 0) and for its features as
   * each neighbour (`neighbourFeatures`, slots 1–4 in NEIGHBOURS order), one slot per `classes`
   * integers: a word then costs the rows of its context features only (sums of integers: the
   * same scores).
   */
  sums: Int32Array;
  /** A quote, a bracket or a run of sentence punctuation (`PUNCTUATION_ONLY`): tagged PUNCT. */
  punctuation: boolean;
}

/**
 * A quote or a bracket, or a run of sentence punctuation ("“", "»", "...", "?!"): PUNCT in
 * every UD treebank, whatever a tagger that never saw the character guesses (a curly quote opening a
 * French sentence read as its verb). Apostrophes, "&", "/", "%" and the like are left to the model
 * (possessive PART, CCONJ, SYM), and so are emoticons (":)", SYM).
 */
const PUNCTUATION_ONLY = /^(?:[\p{Ps}\p{Pe}“”«»„‟"]|[…!?.,;:]+)$/u;

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
  private readonly known = new Map<string, KnownForm>();
  /** KnownForm.sums' neighbour slots for no word (START before the sentence, END after it). */
  private readonly outsideSums: Int32Array;
  /** By previous tags (prev1 × (tags + 1) + prev2), the summed rows of `previousTagFeatures`. */
  private readonly previousTagSums: Int32Array;
  private readonly uposSums: Int32Array;
  private readonly uposScores: Float32Array;
  private readonly featsScores: Float32Array;
  /** For each UPOS id, the bundle ids seen with it, in increasing order. */
  private readonly allowedBundles: number[][];
  private readonly ambiguity: Map<string, number>;
  /** The PUNCT id, or -1 when the model has no such tag. */
  private readonly punctuation: number;

  constructor(
    readonly meta: TaggerMeta,
    private readonly uposModel: SparseWeights,
    private readonly featsModel: SparseWeights,
  ) {
    const classes = uposModel.classes;
    this.uposSums = new Int32Array(classes);
    this.uposScores = new Float32Array(meta.upos.length);
    this.featsScores = new Float32Array(meta.bundles.length);
    this.allowedBundles = meta.bundlesByUpos.map((ids) => [...new Set(ids)].sort((a, b) => a - b));
    this.ambiguity = new Map(Object.entries(meta.ambiguity));
    this.punctuation = meta.upos.indexOf('PUNCT');
    this.outsideSums = this.sumsOf(null, 0);
    const previous = meta.upos.length + 1;
    this.previousTagSums = new Int32Array(previous * previous * classes);
    for (let prev1 = 0; prev1 < previous; prev1 += 1) {
      for (let prev2 = 0; prev2 < previous; prev2 += 1) {
        this.features.clear();
        previousTagFeatures(this.features, prev1, prev2);
        const at = (prev1 * previous + prev2) * classes;
        uposModel.addRows(this.features, this.previousTagSums.subarray(at, at + classes));
      }
    }
  }

  /** Tag a sentence; `fixed[i]`, when given, is word i's UPOS id, kept as it is. */
  tag(forms: readonly string[], fixed?: ReadonlyArray<number | undefined>): Tagging {
    const known = forms.map((form) => this.knownForm(form));
    const words = known.map((form) => form.keys);
    const classes = known.map((form) => form.ambiguity);
    const formSums = known.map((form) => form.sums);
    const outside = this.outsideSums;
    const previous = this.meta.upos.length + 1;
    const n = words.length;
    const upos: number[] = [];
    let prev1 = 0;
    let prev2 = 0;
    const sums = this.uposSums;
    const size = sums.length;
    for (let i = 0; i < n; i += 1) {
      const own = formSums[i]!;
      const left2 = i >= 2 ? formSums[i - 2]! : outside;
      const left1 = i >= 1 ? formSums[i - 1]! : outside;
      const right1 = i + 1 < n ? formSums[i + 1]! : outside;
      const right2 = i + 2 < n ? formSums[i + 2]! : outside;
      const tags = this.previousTagSums;
      const tagsAt = (prev1 * previous + prev2) * size;
      for (let label = 0; label < size; label += 1) {
        sums[label] =
          own[label]! +
          left2[size + label]! +
          left1[2 * size + label]! +
          right1[3 * size + label]! +
          right2[4 * size + label]! +
          tags[tagsAt + label]!;
      }
      this.features.clear();
      contextFeatures(this.features, words, classes, i, prev1);
      this.uposModel.addRows(this.features, sums);
      for (let label = 0; label < size; label += 1) this.uposScores[label] = sums[label]!;
      const punctuation = this.punctuation >= 0 && known[i]!.punctuation ? this.punctuation : undefined;
      const tag = fixed?.[i] ?? punctuation ?? argmax(this.uposScores, this.meta.upos.length);
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

  /** What the tagger keeps of a form, made and kept on its first reading. */
  private knownForm(form: string): KnownForm {
    let known = this.known.get(form);
    if (known) return known;
    const keys = wordKeys(form);
    const ambiguity = this.ambiguity.get(normaliseForm(form)) ?? 0;
    known = { keys, ambiguity, sums: this.sumsOf(keys, ambiguity), punctuation: PUNCTUATION_ONLY.test(form) };
    if (this.known.size >= KNOWN_FORMS_LIMIT) this.known.clear();
    this.known.set(form, known);
    return known;
  }

  /** KnownForm.sums for a word (null: no word, whose neighbour slots are outsideSums'). */
  private sumsOf(word: WordKeys | null, own: number): Int32Array {
    const classes = this.uposModel.classes;
    const sums = new Int32Array(classes * (1 + NEIGHBOURS.length));
    const features = this.features;
    if (word) {
      features.clear();
      formFeatures(features, word, own);
      this.uposModel.addRows(features, sums.subarray(0, classes));
    }
    NEIGHBOURS.forEach((offset, k) => {
      features.clear();
      neighbourFeatures(features, offset, word, own);
      this.uposModel.addRows(features, sums.subarray((k + 1) * classes, (k + 2) * classes));
    });
    return sums;
  }
}
