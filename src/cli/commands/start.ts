import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { serve } from './serve.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));
const CLI = fileURLToPath(new URL('../main.js', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'The main job (what `npm start` runs): ingest the bundled samples into the store, then serve the UI and API.',
    )
    .option('--db <file>', 'the SQLite database', 'entente.db')
    .option('--port <n>', 'port (0: any free port)', (v) => Number.parseInt(v, 10), 8080)
    .action(async (options: { db: string; port: number }) => {
      process.stderr.write(`Ingesting the sample corpus ${SAMPLES_DIR} into ${options.db} (idempotent)…\n`);
      const ingest = spawnSync(
        process.execPath,
        [CLI, 'ingest', SAMPLES_DIR, '--exclude', 'expected/**', '--exclude', '*.md', '--db', options.db],
        { stdio: 'inherit' },
      );
      if (ingest.status !== 0)
        process.stderr.write(`ingest exited with ${ingest.status}; serving what is stored\n`);
      const address = await serve({ db: options.db, host: '127.0.0.1', port: options.port });
      process.stdout.write(
        `\nEntente is ready: open ${address}  (API docs: ${address}/docs, Ctrl-C to stop)\n`,
      );
    });
}
