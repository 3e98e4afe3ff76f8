import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { readConlluFile } from '../conllu.js';
import { formatSyntaxScores, scoreSyntax } from '../eval/score-syntax.js';
import { trainSyntax } from './train-syntax.js';
import type { SyntaxLanguage } from '../types.js';
import { isSyntaxLanguage } from '../syntax-models.js';

/** Training files per language (never a test file). */
const TRAINING_FILES: Record<SyntaxLanguage, string[]> = {
  fr: ['fr_sequoia-ud-train.conllu.gz', 'fr_sequoia-ud-dev.conllu.gz', 'fr_gsd-ud-dev.conllu.gz'],
  en: ['en_ewt-ud-train.conllu.gz'],
};
/** Held-out files scored after training (written to the model folder's scores file). */
const TEST_FILES: Record<SyntaxLanguage, string[]> = {
  fr: ['fr_gsd-ud-test.conllu.gz', 'fr_sequoia-ud-test.conllu.gz'],
  en: ['en_ewt-ud-test.conllu.gz', 'en_ewt-ud-dev.conllu.gz'],
};

const program = new Command('train-syntax')
  .description(
    'Train the tagger, lemmatizer, contraction splitter and dependency parser of one language from UD treebanks.',
  )
  .requiredOption('--lang <code>', 'fr or en')
  .option('--data <dir>', 'folder holding the UD .conllu.gz files', '../shared/data/ud')
  .option('--out <dir>', 'model folder (default models/<lang>)')
  .option('--seed <n>', 'random seed', '20261206')
  .option('--tagger-epochs <n>', 'tagger epochs', '10')
  .option('--parser-epochs <n>', 'parser epochs', '15')
  .option('--folds <n>', 'jackknife folds for the parser training tags', '4')
  .option('--no-test', 'do not score the held-out test files after training')
  .addHelpText('after', '\nExample:\n  npm run train:syntax -- --lang fr\n');

program.parse();
const options = program.opts<{
  lang: string;
  data: string;
  out?: string;
  seed: string;
  taggerEpochs: string;
  parserEpochs: string;
  folds: string;
  test: boolean;
}>();
if (!isSyntaxLanguage(options.lang)) {
  console.error(`--lang must be fr or en, not "${options.lang}"`);
  process.exit(2);
}
const language: SyntaxLanguage = options.lang;
const out = resolve(options.out ?? join('models', language));
const started = performance.now();
const log = (line: string): void =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}`);
const model = trainSyntax({
  language,
  files: TRAINING_FILES[language].map((file) => join(options.data, file)),
  seed: Number(options.seed),
  taggerEpochs: Number(options.taggerEpochs),
  parserEpochs: Number(options.parserEpochs),
  folds: Number(options.folds),
  log,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
mkdirSync(out, { recursive: true });
const bytes = model.encode();
writeFileSync(join(out, 'syntax.bin.gz'), bytes);
log(
  `wrote ${join(out, 'syntax.bin.gz')} (${(bytes.length / 1e6).toFixed(1)} MB) after ${seconds.toFixed(0)} s of training ` +
    `(${cpuSeconds.toFixed(0)} s of CPU)`,
);
const report: string[] = [
  `training: ${seconds.toFixed(0)} s wall clock, ${cpuSeconds.toFixed(0)} s CPU, ${new Date().toISOString().slice(0, 10)}`,
];
if (options.test) {
  for (const file of TEST_FILES[language]) {
    const scores = scoreSyntax(model, readConlluFile(join(options.data, file)));
    const text = formatSyntaxScores(scores, file);
    console.log(text);
    report.push(text);
  }
}
writeFileSync(join(out, 'scores.txt'), `${report.join('\n\n')}\n`);
