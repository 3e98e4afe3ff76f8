#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command()
  .name('entente')
  .description('Entente turns diplomatic news pages into structured, evidence-linked event records.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

// A reader that stops early (`entente query … | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`entente: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

await registerCommands(program, process.argv.slice(2));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    // A user sees the reason; the stack only when asked for (ENTENTE_DEBUG=1).
    const detail = process.env.ENTENTE_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`entente: ${detail ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
