import type { Command } from 'commander';
import { evalNer } from '../../eval/ner-newseye.js';

/** `entente eval ner`: entity mentions vs newseye-style gold. */
export function registerEvalNer(evalCommand: Command): void {
  evalCommand
    .command('ner')
    .description(
      'Entity mentions vs newseye-style gold: P/R/F1 per type (PER, LOC, ORG), strict and fuzzy boundaries.',
    )
    .option(
      '--data <file>',
      'JSONL with text and entities[{start,end,type}]',
      '../shared/data/newseye-fr/dev.jsonl',
    )
    .action((options: { data: string }) => {
      process.stdout.write(`${evalNer(options.data)}\n`);
    });
}
