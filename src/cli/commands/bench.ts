import type { Command } from 'commander';

/** `entente bench <task>`: throughput and memory benchmarks; each task registers itself here. */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Benchmarks that print throughput (pages/s, MB/s) and peak RSS.')
    .addHelpText('after', '\nExamples:\n  $ entente bench --help');
}
