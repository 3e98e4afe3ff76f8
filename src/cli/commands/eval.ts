import type { Command } from 'commander';

/** `entente eval <task>`: scorers against the development sets; each task registers itself here. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score Entente against gold data sets and print figures (P/R/F1, accuracy).')
    .addHelpText('after', '\nExamples:\n  $ entente eval --help');
}
