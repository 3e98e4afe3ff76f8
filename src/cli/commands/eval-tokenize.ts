import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { evalTokenize } from '../../syntax/tokenize/eval-tokenize.js';
import type { SyntaxLanguage } from '../../syntax/types.js';

/** `entente eval tokenize`: surface-token and sentence-boundary F1 against a UD treebank. */
export function registerEvalTokenize(evalCommand: Command): void {
  const command = evalCommand
    .command('tokenize')
    .description(
      "The syntax layer's tokenizer and sentence splitter vs a UD treebank's surface tokens and sentences: P/R/F1 and tokens/s.",
    )
    .requiredOption(
      '--data <file>',
      'a CoNLL-U file, gzipped or not (e.g. ../shared/data/ud/fr_gsd-ud-test.conllu.gz)',
    )
    .addOption(
      new Option('--lang <code>', 'language of the treebank').choices(['fr', 'en']).makeOptionMandatory(),
    )
    .option('--misses', 'also list the tokens and sentence ends Entente gets wrong, in context')
    .addHelpText(
      'after',
      '\nExample:\n  $ entente eval tokenize --data ../shared/data/ud/en_ewt-ud-dev.conllu.gz --lang en --misses',
    )
    .action((options: { data: string; lang: SyntaxLanguage; misses?: boolean }) => {
      if (!existsSync(options.data))
        command.error(`entente eval tokenize: --data ${options.data}: no such file`);
      try {
        process.stdout.write(`${evalTokenize(options.data, options.lang, options.misses ?? false)}\n`);
      } catch (error) {
        command.error(`entente eval tokenize: --data ${options.data}: ${(error as Error).message}`);
      }
    });
}
