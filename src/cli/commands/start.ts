import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runExtract } from './extract.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('The main job on the bundled sample corpus (what `npm start` runs).')
    .option('--out <file>', 'where to write the JSONL records', 'out/samples.jsonl')
    .action(async (opts: { out: string }) => {
      mkdirSync('out', { recursive: true });
      process.stderr.write(`Extracting ${SAMPLES_DIR}…\n`);
      const failed = await runExtract([SAMPLES_DIR], {
        out: opts.out,
        maxBytes: 32 * 1024 * 1024,
        analyze: true,
        summary: true,
      });
      process.stderr.write(
        `\nRecords written to ${opts.out}${failed ? ` (${failed} input(s) failed)` : ''}\n`,
      );
    });
}
