import type { Command } from 'commander';
import { evalPersons } from '../../eval/ner-persons.js';

/** `entente eval persons`: persons with countries and roles, organisations and countries vs agency-news gold. */
export function registerEvalPersons(evalCommand: Command): void {
  evalCommand
    .command('persons')
    .description('Persons (with country and role), organisations and countries vs agency-news gold.')
    .option('--data <file>', 'agency-news JSONL', '../shared/data/agency-news/dev.jsonl')
    .option('--verbose', 'list missed and extra persons per item')
    .action((options: { data: string; verbose?: boolean }) => {
      process.stdout.write(`${evalPersons(options.data, options.verbose === true)}\n`);
    });
}
