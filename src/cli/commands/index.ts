import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerStart } from './start.js';

/** Every CLI command, in the order `entente --help` lists them. */
export function registerCommands(program: Command): void {
  registerStart(program);
  registerExtract(program);
}
