import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { benchExtract } from '../../eval/bench-extract.js';

/** `entente bench <task>`: throughput and memory benchmarks; each task registers itself here. */
export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('Benchmarks that print throughput (pages/s, MB/s) and peak RSS.')
    .addHelpText('after', '\nExamples:\n  $ entente bench extract --limit 20');
  bench
    .command('extract')
    .description(
      'HTML main-content extraction: Entente vs Readability+linkedom on the extraction cases (F1, snippets, speed).',
    )
    .option('--cases <file>', 'cases.jsonl of the extraction benchmark', '../shared/data/extraction/cases.jsonl')
    .option('--limit <n>', 'only the first N cases', (value) => Number.parseInt(value, 10))
    .option('--out <dir>', 'folder for predictions and per-page scores', join(tmpdir(), 'entente-bench-extract'))
    .option('--scorer <file>', 'score-extraction.mjs (default: ../../tools/ next to the cases folder)')
    .action(async (options: { cases: string; limit?: number; out: string; scorer?: string }) => {
      const report = await benchExtract({
        cases: options.cases,
        outDir: options.out,
        ...(options.scorer ? { scorer: options.scorer } : {}),
        ...(options.limit ? { limit: options.limit } : {}),
      });
      process.stdout.write(`${report}\n`);
    });
}
