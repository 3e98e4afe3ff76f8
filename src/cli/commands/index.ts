import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerBench } from './bench.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';
import { registerStats } from './stats.js';

/** Every CLI command, in the order `entente --help` lists them. */
export function registerCommands(program: Command): void {
  registerStart(program);
  registerExtract(program);
  registerServe(program);
  registerAnalyze(program);
  registerIngest(program);
  registerQuery(program);
  registerExport(program);
  registerStats(program);
  registerEval(program);
  registerBench(program);
}
