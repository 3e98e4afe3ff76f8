import { readFileSync } from 'node:fs';
import { decodeModel, encodeModel, ModelFileError, sparseArrays, sparseFrom } from './model/model-file.js';
import { SparseWeights, type SharedSparseWeights } from './model/sparse-weights.js';
import { Lemmatizer, type LemmatizerMeta } from './lemma/lemmatizer.js';
import { MwtSplitter, type MwtMeta } from './mwt/mwt-splitter.js';
import { DependencyParser, parserInput, type ParserMeta } from './parser/parser.js';
import type { ParserInput } from './parser/parser-features.js';
import { Tagger, type TaggerMeta, type Tagging } from './tagger/tagger.js';
import { parseFeats } from './conllu.js';
import type { SyntaxLanguage, Upos } from './types.js';

/** What a model file's header says about the model and how it was made. */
export interface SyntaxModelMeta {
  format: 1;
  language: SyntaxLanguage;
  training: {
    files: string[];
    sentences: number;
    words: number;
    seed: number;
    epochs: Record<string, number>;
  };
  tagger: TaggerMeta;
  lemmatizer: LemmatizerMeta;
  mwt: MwtMeta;
  parser: ParserMeta;
}

export interface TrainedParts {
  meta: SyntaxModelMeta;
  uposWeights: SparseWeights;
  featsWeights: SparseWeights;
  mwtWeights: SparseWeights;
  parserWeights: SparseWeights;
}

/** A model's header and weights on shared memory: what analysis worker threads build their model from. */
export interface SharedSyntaxModel {
  meta: SyntaxModelMeta;
  weights: Record<'upos' | 'feats' | 'mwt' | 'parser', SharedSparseWeights>;
}

/** The analysis of one sentence's words. */
export interface WordAnalysis {
  upos: Upos[];
  feats: Array<Record<string, string>>;
  lemmas: string[];
  heads: number[];
  deprels: string[];
}

const VERB_FORMS = ['', 'Fin', 'Inf', 'Part', 'Ger'];

/** The parser's tag of a word: UPOS refined by the verb form of verbs and auxiliaries. */
export function parserTag(upos: number, feats: Readonly<Record<string, string>>): number {
  const form = VERB_FORMS.indexOf(feats.VerbForm ?? '');
  return upos * 8 + (form < 0 ? 5 : form);
}

/** A trained tagger, lemmatizer, contraction splitter and parser for one language. */
export class SyntaxModel {
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
  readonly mwt: MwtSplitter;
  readonly parser: DependencyParser;
  private readonly bundleFeats: Array<Record<string, string>>;

  constructor(
    readonly meta: SyntaxModelMeta,
    readonly parts: Omit<TrainedParts, 'meta'>,
  ) {
    this.tagger = new Tagger(meta.tagger, parts.uposWeights, parts.featsWeights);
    this.lemmatizer = new Lemmatizer(meta.lemmatizer);
    this.mwt = new MwtSplitter(meta.mwt, parts.mwtWeights);
    this.bundleFeats = meta.tagger.bundles.map((bundle) => Object.freeze(parseFeats(bundle)));
    this.parser = new DependencyParser(meta.parser, parts.parserWeights, this.parserTags());
  }

  /**
   * Tag, lemmatise and parse a sentence given as words; `fixed` gives the UPOS of words whose tag
   * is known beforehand (names another stage found), the tagger choosing the others around them.
   */
  analyzeWords(
    forms: readonly string[],
    fixed?: ReadonlyArray<Upos | undefined> | null,
    phrases: ReadonlyArray<readonly [number, number, number]> = [],
  ): WordAnalysis {
    return this.analyzeSentences([forms], [fixed ?? null], [phrases])[0]!;
  }

  /**
   * Tag, lemmatise and parse sentences given as words (`fixed[s]`: sentence s's known tags, as in
   * analyzeWords): every sentence tagged, then every one lemmatised, then every one parsed, so
   * that each step's tables stay in the processor's caches for a whole batch instead of evicting
   * one another sentence by sentence (the same analyses as one sentence at a time).
   */
  analyzeSentences(
    sentences: ReadonlyArray<readonly string[]>,
    fixed: ReadonlyArray<ReadonlyArray<Upos | undefined> | null> = [],
    phrases: ReadonlyArray<ReadonlyArray<readonly [number, number, number]>> = [],
  ): WordAnalysis[] {
    const taggings = sentences.map((forms, s) => {
      const known = fixed[s];
      return this.tagger.tag(forms, known ? known.map((upos) => this.uposId(upos)) : undefined);
    });
    const tagged = taggings.map((tagging, s) => {
      const upos = tagging.upos.map((id) => this.meta.tagger.upos[id] as Upos);
      const feats = tagging.bundles.map((id) => this.bundleFeats[id] ?? {});
      const lemmas = sentences[s]!.map((form, i) => this.lemmatizer.lemma(form, upos[i]!));
      return { upos, feats, lemmas };
    });
    return taggings.map((tagging, s) => {
      const tree = this.parser.parse(this.parserInputOf(tagging), phrases[s] ?? []);
      return {
        ...tagged[s]!,
        heads: tree.heads,
        deprels: tree.labels.map((label) => this.meta.parser.labels[label] ?? 'dep'),
      };
    });
  }

  /** The tagger's id of a UPOS, or undefined when none is given or the model has no such tag. */
  private uposId(upos: Upos | undefined): number | undefined {
    const id = upos === undefined ? -1 : this.meta.tagger.upos.indexOf(upos);
    return id >= 0 ? id : undefined;
  }

  /** Every tag the parser can read from this model's tagger (ParserInput.tags values). */
  private parserTags(): number[] {
    const tags = this.meta.tagger.upos.flatMap((_, upos) => {
      // A UPOS seen with no bundle gets bundle 0 (Tagger.tag).
      const bundles = this.meta.tagger.bundlesByUpos[upos] ?? [];
      return (bundles.length > 0 ? bundles : [0]).map(
        (bundle) => parserTag(upos, this.bundleFeats[bundle] ?? {}) + 1,
      );
    });
    return [...new Set(tags)].sort((a, b) => a - b);
  }

  /** What the parser reads of a tagged sentence: each word's form id and its refined tag. */
  parserInputOf(tagging: Tagging): ParserInput {
    return parserInput(
      tagging.words.map((keys) => keys.norm),
      tagging.upos.map((id, i) => parserTag(id, this.bundleFeats[tagging.bundles[i]!] ?? {})),
    );
  }

  encode(): Buffer {
    return encodeModel(this.meta, [
      ...sparseArrays('upos', this.parts.uposWeights),
      ...sparseArrays('feats', this.parts.featsWeights),
      ...sparseArrays('mwt', this.parts.mwtWeights),
      ...sparseArrays('parser', this.parts.parserWeights),
    ]);
  }

  /** Load a model file; a damaged file is a ModelFileError naming it. */
  static load(path: string): SyntaxModel {
    return SyntaxModel.decode(SyntaxModel.readFile(path), path);
  }

  /** The bytes of a model file; one that cannot be read is a ModelFileError naming it. */
  static readFile(path: string): Buffer {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new ModelFileError(
        `${path}: cannot read the syntax model (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }

  static decode(bytes: Buffer, label: string): SyntaxModel {
    const { meta, parts } = SyntaxModel.decodeParts(bytes, label, false);
    return new SyntaxModel(meta, parts);
  }

  /**
   * A model file's weights decoded once onto shared memory: each worker thread builds its model on
   * them (fromShared) instead of decoding its own copy. A damaged file is a ModelFileError naming it.
   */
  static decodeShared(bytes: Buffer, label: string): SharedSyntaxModel {
    const { meta, parts } = SyntaxModel.decodeParts(bytes, label, true);
    return {
      meta,
      weights: {
        upos: parts.uposWeights.toShared(),
        feats: parts.featsWeights.toShared(),
        mwt: parts.mwtWeights.toShared(),
        parser: parts.parserWeights.toShared(),
      },
    };
  }

  /** The model over weights another thread decoded (decodeShared), read in place. */
  static fromShared(shared: SharedSyntaxModel): SyntaxModel {
    return new SyntaxModel(shared.meta, {
      uposWeights: SparseWeights.fromShared(shared.weights.upos),
      featsWeights: SparseWeights.fromShared(shared.weights.feats),
      mwtWeights: SparseWeights.fromShared(shared.weights.mwt),
      parserWeights: SparseWeights.fromShared(shared.weights.parser),
    });
  }

  /** The header and weights of a model file (`shared`: the weights decoded onto SharedArrayBuffers). */
  private static decodeParts(
    bytes: Buffer,
    label: string,
    shared: boolean,
  ): { meta: SyntaxModelMeta; parts: Omit<TrainedParts, 'meta'> } {
    const { meta, arrays } = decodeModel<SyntaxModelMeta>(bytes, label, shared);
    if (meta?.format !== 1 || !meta.tagger || !meta.parser || !meta.lemmatizer || !meta.mwt) {
      throw new ModelFileError(`${label}: unsupported syntax model format`);
    }
    const parts = {
      uposWeights: sparseFrom(arrays, 'upos', meta.tagger.upos.length, meta.tagger.uposBits, label, shared),
      featsWeights: sparseFrom(
        arrays,
        'feats',
        meta.tagger.bundles.length,
        meta.tagger.featsBits,
        label,
        shared,
      ),
      mwtWeights: sparseFrom(arrays, 'mwt', 2, meta.mwt.bits, label, shared),
      parserWeights: sparseFrom(
        arrays,
        'parser',
        1 + 2 * meta.parser.labels.length,
        meta.parser.bits,
        label,
        shared,
      ),
    };
    return { meta, parts };
  }
}
