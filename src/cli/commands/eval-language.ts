import type { Command } from 'commander';
import { evalLanguage } from '../../eval/language.js';

/** `entente eval language`: language identification accuracy and speed on the dev sets. */
export function registerEvalLanguage(evalCommand: Command): void {
  evalCommand
    .command('language')
    .description('Language identification vs agency-news and extraction gold: accuracy per set and MB/s.')
    .option('--data-dir <dir>', 'the shared data folder', '../shared/data')
    .option('--misses', 'also list the texts Entente gets wrong')
    .action((options: { dataDir: string; misses?: boolean }) => {
      process.stdout.write(`${evalLanguage(options.dataDir, options.misses ?? false)}\n`);
    });
}
