import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { analyzeSyntax } from '../../syntax/analyze-syntax.js';
import { ModelFileError } from '../../syntax/model/model-file.js';
import { isSyntaxLanguage } from '../../syntax/syntax-models.js';
import { toConllu } from '../../syntax/to-conllu.js';
import { decodeBytes } from '../../ingest/decode.js';
import { readStdin } from '../../ingest/read-inputs.js';

interface ParseOptions {
  lang: string;
  format: string;
}

/** `entente parse`: show what the engine reads in a text — sentences, words, tags, lemmas, tree. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description(
      'Parse raw text: sentences, tokens, UPOS, features, lemmas and UD dependency trees (CoNLL-U or JSON).',
    )
    .argument('[file]', 'a UTF-8 text file, or - for standard input', '-')
    .option('--lang <code>', 'language of the text: fr or en', 'fr')
    .option('--format <format>', 'conllu (offsets in MISC as Offsets=start:end) or json', 'conllu')
    .addHelpText(
      'after',
      [
        '',
        'Offsets are UTF-16 code-unit positions in the input text, as in every Entente record.',
        '',
        'Examples:',
        '  $ echo "Le ministre a été reçu par son homologue." | entente parse --lang fr',
        '  $ entente parse article.txt --lang en --format json',
      ].join('\n'),
    )
    .action(async (file: string, options: ParseOptions) => {
      if (!isSyntaxLanguage(options.lang)) {
        process.stderr.write(`entente parse: --lang must be fr or en, not "${options.lang}"\n`);
        process.exitCode = 2;
        return;
      }
      if (options.format !== 'conllu' && options.format !== 'json') {
        process.stderr.write(`entente parse: --format must be conllu or json, not "${options.format}"\n`);
        process.exitCode = 2;
        return;
      }
      let text: string;
      try {
        const decoded = decodeBytes(await (file === '-' ? readStdin() : readFile(file)));
        if (!decoded.ok) throw new Error(`${decoded.code}: ${decoded.message}`);
        text = decoded.text;
      } catch (error) {
        process.stderr.write(
          `entente parse: cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}\n`,
        );
        process.exitCode = 1;
        return;
      }
      try {
        const analysis = analyzeSyntax(text, options.lang, (ruleId, message) =>
          process.stderr.write(`entente parse: ${ruleId}: ${message}\n`),
        );
        process.stdout.write(
          options.format === 'json' ? `${JSON.stringify(analysis)}\n` : toConllu(analysis.sentences, text),
        );
      } catch (error) {
        if (!(error instanceof ModelFileError)) throw error;
        process.stderr.write(`entente parse: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
