import type { Command } from 'commander';
import { registerBench } from './bench.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerStart } from './start.js';

/** Every CLI command, in the order `entente --help` lists them. */
export function registerCommands(program: Command): void {
  registerStart(program);
  registerExtract(program);
  registerEval(program);
  registerBench(program);
}
