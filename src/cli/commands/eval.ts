import type { Command } from 'commander';
import { registerEvalDates } from './eval-dates.js';
import { registerEvalEvents } from './eval-events.js';
import { registerEvalLanguage } from './eval-language.js';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalPersons } from './eval-persons.js';
import { registerEvalSyntax } from './eval-syntax.js';
import { registerEvalTokenize } from './eval-tokenize.js';

/** `entente eval <task>`: scorers against the development sets; each task registers itself here. */
export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('Score Entente against gold data sets and print figures (P/R/F1, accuracy).')
    .addHelpText(
      'after',
      '\nThe agency-news, plover-gsr and newseye-fr sets are split by a hash of the record id into a look half\n(errors may be read there) and a blind half; reports print all, look and blind (src/eval/README.md).\n\nExamples:\n  $ entente eval ner --data ../shared/data/newseye-fr/dev.jsonl',
    );
  registerEvalNer(evalCommand);
  registerEvalDates(evalCommand);
  registerEvalPersons(evalCommand);
  registerEvalLanguage(evalCommand);
  registerEvalEvents(evalCommand);
  registerEvalSyntax(evalCommand);
  registerEvalTokenize(evalCommand);
}
