import { basename } from 'node:path';
import { readConlluFile } from '../conllu.js';
import { trainLemmatizer } from '../lemma/train-lemmatizer.js';
import { trainMwt } from '../mwt/train-mwt.js';
import { projectivize } from '../parser/projectivize.js';
import { parserInput } from '../parser/parser.js';
import { trainParser, type ParserExample } from '../parser/train-parser.js';
import { Tagger } from '../tagger/tagger.js';
import { trainTagger, type TaggedSentence } from '../tagger/train-tagger.js';
import { wordKeys } from '../tagger/word-shape.js';
import { parserTag, SyntaxModel } from '../syntax-model.js';
import { parseFeats } from '../conllu.js';
import { UPOS_TAGS, type SyntaxLanguage } from '../types.js';
import { Random } from './random.js';
import { toTrainingSentence, type TrainingSentence } from './treebank.js';

export interface SyntaxTrainingOptions {
  language: SyntaxLanguage;
  files: string[];
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed tags: the parser learns from tags predicted by a tagger that did not see the sentence. */
  folds: number;
  log: (line: string) => void;
}

function taggedOf(
  sentences: readonly TrainingSentence[],
  bundleIndex: Map<string, number>,
): TaggedSentence[] {
  return sentences.map((s) => ({
    forms: s.forms,
    upos: s.upos,
    bundles: s.bundles.map((b) => bundleIndex.get(b)!),
  }));
}

/** Train every part of a language's syntax model from treebank files. Deterministic for a seed. */
export function trainSyntax(options: SyntaxTrainingOptions): SyntaxModel {
  const { log } = options;
  const sentences: TrainingSentence[] = [];
  for (const file of options.files) {
    const read = readConlluFile(file).map(toTrainingSentence);
    log(`read ${read.length} sentences from ${basename(file)}`);
    sentences.push(...read);
  }
  const words = sentences.reduce((sum, s) => sum + s.forms.length, 0);
  const upos = [...UPOS_TAGS];
  const bundles = [...new Set(sentences.flatMap((s) => s.bundles))].sort();
  const bundleIndex = new Map(bundles.map((b, i) => [b, i]));
  const labels = [...new Set(sentences.flatMap((s) => s.deprels))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  log(
    `${sentences.length} sentences, ${words} words, ${bundles.length} feature bundles, ${labels.length} relations`,
  );

  const mwt = trainMwt(
    sentences.map((s) => ({ tokens: s.tokens, words: s.tokenWords })),
    { epochs: 5, random: new Random(options.seed) },
  );
  log(`contractions: ${Object.keys(mwt.meta.table).length} forms, clitics [${mwt.meta.clitics.join(' ')}]`);

  const lemmatizer = trainLemmatizer(
    sentences.flatMap((s) =>
      s.forms.map((form, i) => ({ form, upos: upos[s.upos[i]!]!, lemma: s.lemmas[i]! })),
    ),
  );
  log(
    `lemmas: ${Object.keys(lemmatizer.table).length} forms, ${Object.keys(lemmatizer.rules).length} suffix rules`,
  );

  const tagged = taggedOf(sentences, bundleIndex);
  const quiet = (): void => {};
  // Jackknifing: tags for the parser's training come from taggers that did not see the sentence.
  const predicted: Array<{ upos: number[]; bundles: number[] }> = new Array(sentences.length);
  for (let fold = 0; fold < options.folds; fold += 1) {
    const train = tagged.filter((_, i) => i % options.folds !== fold);
    const trained = trainTagger(train, upos, bundles, {
      epochs: options.taggerEpochs,
      random: new Random(options.seed + fold + 1),
      log: quiet,
    });
    const tagger = new Tagger(trained.meta, trained.upos, trained.feats);
    let correct = 0;
    let total = 0;
    tagged.forEach((sentence, i) => {
      if (i % options.folds !== fold) return;
      const tagging = tagger.tag(sentence.forms);
      predicted[i] = tagging;
      tagging.upos.forEach((tag, j) => {
        total += 1;
        if (tag === sentence.upos[j]) correct += 1;
      });
    });
    log(`jackknife fold ${fold + 1}/${options.folds}: held-out UPOS ${(correct / total).toFixed(4)}`);
  }
  const tagger = trainTagger(tagged, upos, bundles, {
    epochs: options.taggerEpochs,
    random: new Random(options.seed),
    log,
  });

  const bundleFeats = bundles.map((bundle) => parseFeats(bundle));
  const examples: ParserExample[] = sentences.map((sentence, i) => {
    const tags = predicted[i] ?? {
      upos: sentence.upos,
      bundles: sentence.bundles.map((b) => bundleIndex.get(b)!),
    };
    const n = sentence.forms.length;
    const heads = new Int32Array(n + 2);
    const labelIds = new Int32Array(n + 2);
    projectivize(sentence.heads).forEach((head, j) => {
      heads[j + 1] = head === 0 ? n + 1 : head;
      labelIds[j + 1] = labelIndex.get(sentence.deprels[j]!)!;
    });
    return {
      input: parserInput(
        sentence.forms.map((form) => wordKeys(form).norm),
        tags.upos.map((tag, j) => parserTag(tag, bundleFeats[tags.bundles[j]!]!)),
      ),
      heads,
      labels: labelIds,
    };
  });
  const parser = trainParser(examples, labels, {
    epochs: options.parserEpochs,
    random: new Random(options.seed),
    explore: 0.9,
    log,
  });

  return new SyntaxModel(
    {
      format: 1,
      language: options.language,
      training: {
        files: options.files.map((file) => basename(file)),
        sentences: sentences.length,
        words,
        seed: options.seed,
        epochs: { tagger: options.taggerEpochs, parser: options.parserEpochs, folds: options.folds },
      },
      tagger: tagger.meta,
      lemmatizer,
      mwt: mwt.meta,
      parser: parser.meta,
    },
    {
      uposWeights: tagger.upos,
      featsWeights: tagger.feats,
      mwtWeights: mwt.weights,
      parserWeights: parser.weights,
    },
  );
}
