import type { Command } from 'commander';
import { evalDates } from '../../eval/dates.js';

/** `entente eval dates`: date mentions and EDTF values vs FR-TimeBank or Duckling gold. */
export function registerEvalDates(evalCommand: Command): void {
  evalCommand
    .command('dates')
    .description('Date mentions vs FR-TimeBank or Duckling gold: detection P/R/F1 and EDTF value accuracy.')
    .option(
      '--data <file>',
      'fr-timebank dev.jsonl or duckling-time <lang>.jsonl',
      '../shared/data/fr-timebank/dev.jsonl',
    )
    .option('--misses', 'also list false positives, misses and wrong values')
    .action((options: { data: string; misses?: boolean }) => {
      process.stdout.write(`${evalDates(options.data, options.misses ?? false)}\n`);
    });
}
