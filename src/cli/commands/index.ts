import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every CLI command, in the order `entente --help` lists them. Each is loaded only when run: the
 * analysis lexicons alone weigh ~50 MB of heap, which `entente ingest` (whose analysis runs in
 * worker threads) or `entente query` must not carry.
 */
const COMMANDS: Array<{ name: string; load: () => Promise<Register> }> = [
  { name: 'start', load: async () => (await import('./start.js')).registerStart },
  { name: 'extract', load: async () => (await import('./extract.js')).registerExtract },
  { name: 'serve', load: async () => (await import('./serve.js')).registerServe },
  { name: 'parse', load: async () => (await import('./parse.js')).registerParse },
  { name: 'analyze', load: async () => (await import('./analyze.js')).registerAnalyze },
  { name: 'ingest', load: async () => (await import('./ingest.js')).registerIngest },
  { name: 'enqueue', load: async () => (await import('./enqueue.js')).registerEnqueue },
  { name: 'worker', load: async () => (await import('./worker.js')).registerWorker },
  { name: 'watch-feeds', load: async () => (await import('./watch-feeds.js')).registerWatchFeeds },
  { name: 'migrate', load: async () => (await import('./migrate.js')).registerMigrate },
  { name: 'query', load: async () => (await import('./query.js')).registerQuery },
  { name: 'export', load: async () => (await import('./export.js')).registerExport },
  { name: 'stats', load: async () => (await import('./stats.js')).registerStats },
  { name: 'errors', load: async () => (await import('./errors.js')).registerErrors },
  { name: 'eval', load: async () => (await import('./eval.js')).registerEval },
  { name: 'bench', load: async () => (await import('./bench.js')).registerBench },
];

/** Register the command named by `args[0]` alone, or all of them (help, version, unknown names). */
export async function registerCommands(program: Command, args: string[]): Promise<void> {
  const named = COMMANDS.find((command) => command.name === args[0]);
  for (const command of named ? [named] : COMMANDS) (await command.load())(program);
}
