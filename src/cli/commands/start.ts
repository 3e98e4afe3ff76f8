import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { exitWithParent } from '../exit-with-parent.js';
import { closeOnSignals, serve } from './serve.js';
import { DB_OPTION } from './db-option.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

/** `entente ingest` on the bundled samples, in this process: same options, progress and summary. */
async function ingestSamples(db: string): Promise<number> {
  const ingest = new Command().exitOverride();
  registerIngest(ingest);
  const args = ['ingest', SAMPLES_DIR, '--exclude', 'expected/**', '--exclude', '*.md', '--db', db];
  await ingest.parseAsync(args, { from: 'user' });
  const status = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return status;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'The main job (what `npm start` runs): ingest the bundled samples into the store, then serve the UI and API.',
    )
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.default)
    .option('--port <n>', 'port (0: any free port)', (v) => Number.parseInt(v, 10), 8080)
    .action(async (options: { db: string; port: number }) => {
      process.stderr.write(`Ingesting the sample corpus ${SAMPLES_DIR} into ${options.db} (idempotent)…\n`);
      const status = await ingestSamples(options.db);
      if (status !== 0) process.stderr.write(`ingest exited with ${status}; serving what is stored\n`);
      const server = await serve({ db: options.db, host: '127.0.0.1', port: options.port });
      closeOnSignals(server);
      // `npm start` killed (SIGTERM or SIGKILL) must not leave this server holding the port.
      exitWithParent(() => void server.close().finally(() => process.exit(0)));
      const { address, access } = server;
      process.stdout.write(
        `\nEntente is ready: open ${address}  (API docs: ${address}/docs, Ctrl-C to stop)\n  ${access}\n`,
      );
    });
}
