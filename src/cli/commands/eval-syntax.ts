import type { Command } from 'commander';
import { readConlluFile } from '../../syntax/conllu.js';
import { formatSyntaxScores, scoreSyntax } from '../../syntax/eval/score-syntax.js';
import { ModelFileError } from '../../syntax/model/model-file.js';
import { SyntaxModel } from '../../syntax/syntax-model.js';
import { isSyntaxLanguage, modelPath } from '../../syntax/syntax-models.js';

/** `entente eval syntax`: tagger, lemmatizer and parser scores on a gold CoNLL-U file. */
export function registerEvalSyntax(evalCommand: Command): void {
  evalCommand
    .command('syntax')
    .description(
      'Parse the gold words of a UD treebank file; print UPOS, lemma, UAS, LAS and per-relation scores.',
    )
    .requiredOption('--data <file>', 'a CoNLL-U file (.conllu or .conllu.gz) never trained on')
    .option('--lang <code>', 'fr or en', 'fr')
    .option('--model <file>', 'a model file instead of the shipped models/<lang>/syntax.bin.gz')
    .addHelpText(
      'after',
      [
        '',
        'LAS counts a word right when its head and universal relation are right (subtypes ignored, as',
        'in the CoNLL 2018 shared task); "LAS with subtypes" needs the full relation. Punctuation counts.',
        'The last line is `UPOS x LEMMA x UAS x LAS x n N` (N = sentences).',
        '',
        'Example:',
        '  $ entente eval syntax --data ../shared/data/ud/fr_gsd-ud-test.conllu.gz --lang fr',
      ].join('\n'),
    )
    .action((options: { data: string; lang: string; model?: string }) => {
      if (!isSyntaxLanguage(options.lang)) {
        process.stderr.write(`entente eval syntax: --lang must be fr or en, not "${options.lang}"\n`);
        process.exitCode = 2;
        return;
      }
      let model: SyntaxModel;
      try {
        model = SyntaxModel.load(options.model ?? modelPath(options.lang));
      } catch (error) {
        if (!(error instanceof ModelFileError)) throw error;
        process.stderr.write(`entente eval syntax: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      let gold;
      try {
        gold = readConlluFile(options.data);
      } catch (error) {
        process.stderr.write(
          `entente eval syntax: cannot read ${options.data}: ${(error as Error).message}\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${formatSyntaxScores(scoreSyntax(model, gold), options.data)}\n`);
    });
}
