import type { Command } from 'commander';
import { evalEvents } from '../../eval/events.js';

/** `entente eval events`: PLOVER event coding vs PLOVER GSR sentences or agency-news articles. */
export function registerEvalEvents(evalCommand: Command): void {
  evalCommand
    .command('events')
    .description(
      'PLOVER events vs gold: type accuracy, macro-F1, actor accuracy, confusion, per-rule precision (PLOVER GSR); recall/precision by type, actors, date (agency-news); then false events per 100 sentences on the negative set.',
    )
    .option(
      '--data <file>',
      'plover-gsr dev.jsonl, agency-news dev.jsonl or data/negative-set/sentences.jsonl',
      '../shared/data/plover-gsr/dev.jsonl',
    )
    .option(
      '--misses',
      "also list the missed gold events, the events matching no gold event (agency-news: look half and the project's own texts) and the negative set's false events",
    )
    .addHelpText(
      'after',
      `
Examples:
  $ entente eval events --data ../shared/data/plover-gsr/dev.jsonl
  $ entente eval events --data ../shared/data/agency-news/dev.jsonl --misses
  $ entente eval events --data data/negative-set/sentences.jsonl --misses`,
    )
    .action((options: { data: string; misses?: boolean }) => {
      const { report, ok } = evalEvents(options.data, options.misses ?? false);
      (ok ? process.stdout : process.stderr).write(`${report}\n`);
      if (!ok) process.exitCode = 2;
    });
}
