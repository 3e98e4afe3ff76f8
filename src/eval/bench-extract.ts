import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadBenchCases } from './bench-extract-cases.js';
import {
  recordTexts,
  runEntente,
  runEntities,
  runReadability,
  runSyntax,
  runTaggerParser,
  type ExtractorRun,
} from './bench-extract-runners.js';

/** Where `entente bench extract` reads the cases and the scorer, and where it writes predictions. */
export interface BenchExtractOptions {
  cases: string;
  outDir: string;
  /** Path of `score-extraction.mjs`; defaults to `../../tools/` next to the cases folder. */
  scorer?: string;
  limit?: number;
  /** Timing rounds per extractor; the fastest counts (default 3). */
  rounds?: number;
}

/** The scorer's summary for one prediction file. */
export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  snippets: number;
  /** The scorer's full printout (per source and language). */
  report: string;
}

const DEFAULT_ROUNDS = 3;

/** The faster run's predictions and wall clock, and the smaller CPU time of the two. */
function fastest(a: ExtractorRun, b: ExtractorRun): ExtractorRun {
  const faster = b.elapsedMs < a.elapsedMs ? b : a;
  return { ...faster, cpuMs: Math.min(a.cpuMs, b.cpuMs) };
}

/** The 1-, 5- and 15-minute load averages ("3.1, 2.8, 2.0"). */
function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');
}

// The scorer prints `n/a` for a figure it has no cases for (kept as NaN).
const SUMMARY = /F1 ([\d.]+|n\/a) P ([\d.]+|n\/a) R ([\d.]+|n\/a) snippets ([\d.]+|n\/a) n \d+\s*$/;

/** Spawn the shared scorer on one prediction file and parse its summary line. */
export function scorePredictions(scorer: string, cases: string, pred: string, json: string): ExtractionScore {
  // The scorer runs only when started by its real path (it compares import.meta.url with argv[1]),
  // so a path through a symbolic link (a worktree's ../shared) is resolved first.
  const run = spawnSync(
    process.execPath,
    [realpathSync(scorer), '--cases', cases, '--pred', pred, '--json', json],
    {
      encoding: 'utf8',
    },
  );
  const match = SUMMARY.exec(run.stdout ?? '');
  if (run.status !== 0 || !match) {
    throw new Error(`scorer failed (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  return {
    f1: Number(match[1]),
    precision: Number(match[2]),
    recall: Number(match[3]),
    snippets: Number(match[4]),
    report: run.stdout.trim(),
  };
}

function writePredictions(path: string, run: ExtractorRun): void {
  writeFileSync(path, run.predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
}

function figure(value: number): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(3);
}

function figuresLine(
  name: string,
  score: ExtractionScore,
  run: ExtractorRun,
  pages: number,
  bytes: number,
): string {
  const seconds = run.elapsedMs / 1000;
  return (
    `${name.padEnd(22)} F1 ${figure(score.f1)} P ${figure(score.precision)} R ${figure(score.recall)} ` +
    `snippets ${figure(score.snippets)} | ${(pages / seconds).toFixed(1)} pages/s ` +
    `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`
  );
}

/**
 * Run Entente's extraction and Readability+linkedom on the same pages, score both with the shared
 * scorer, and return the printable report (figures, throughput ratio, Entente's peak RSS).
 */
export async function benchExtract(options: BenchExtractOptions): Promise<string> {
  const loadAtStart = loadAverage();
  const cases = loadBenchCases(options.cases, options.limit);
  const bytes = cases.reduce((sum, c) => sum + c.bytes.length, 0);
  const scorer =
    options.scorer ?? resolve(dirname(resolve(options.cases)), '../../tools/score-extraction.mjs');
  mkdirSync(options.outDir, { recursive: true });

  // Alternate the two extractors and keep each one's fastest round, so that load from other
  // processes on the machine biases neither side. RSS is read before Readability first runs.
  let entente = runEntente(cases);
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  let readability = await runReadability(cases);
  let fullPipeline = runEntente(cases, true);
  for (let round = 1; round < (options.rounds ?? DEFAULT_ROUNDS); round++) {
    entente = fastest(entente, runEntente(cases));
    readability = fastest(readability, await runReadability(cases));
    fullPipeline = fastest(fullPipeline, runEntente(cases, true));
  }
  const fullPagesPerSecond = cases.length / (fullPipeline.elapsedMs / 1000);
  const texts = recordTexts(cases);
  const syntax = runSyntax(texts, options.rounds ?? DEFAULT_ROUNDS);
  const syntaxSeconds = syntax.elapsedMs / 1000;
  const taggerParser = runTaggerParser(texts, options.rounds ?? DEFAULT_ROUNDS);
  const entities = runEntities(texts, options.rounds ?? DEFAULT_ROUNDS);
  const textMb = texts.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / 1e6;

  const scored = [
    { name: 'entente', run: entente },
    { name: 'readability+linkedom', run: readability },
  ].map(({ name, run }) => {
    const pred = join(options.outDir, `${name.replace(/\W+/g, '-')}.jsonl`);
    writePredictions(pred, run);
    const json = join(options.outDir, `${name.replace(/\W+/g, '-')}.pages.json`);
    return { name, run, pred, json, score: scorePredictions(scorer, options.cases, pred, json) };
  });

  const ratio = readability.elapsedMs / entente.elapsedMs;
  return [
    `cases: ${cases.length} pages, ${(bytes / 1e6).toFixed(1)} MB of HTML; single core, fastest of ` +
      `${options.rounds ?? DEFAULT_ROUNDS} alternating rounds, excluding gzip and file reads`,
    ...scored.map((s) => figuresLine(s.name, s.score, s.run, cases.length, bytes)),
    `throughput ratio entente / readability+linkedom: ${ratio.toFixed(2)}x`,
    `entente syntax layer alone (tokenizer + contractions + tagger + lemmas + parser, French and English ` +
      `records of these pages, every sentence parsed, fastest of ${options.rounds ?? DEFAULT_ROUNDS} rounds): ${syntax.words} words in ${syntaxSeconds.toFixed(2)} s = ` +
      `${Math.round(syntax.words / syntaxSeconds)} words/s (${Math.round(syntax.tokens / syntaxSeconds)} tokens/s), ` +
      `${Math.round(syntax.words / (syntax.cpuMs / 1000))} words per CPU second`,
    `entente tagger + parser alone (the same words split beforehand, sentence by sentence, no tokenizer, ` +
      `contractions or lemmas): ${Math.round(taggerParser.words / (taggerParser.elapsedMs / 1000))} words/s, ` +
      `${Math.round(taggerParser.words / (taggerParser.cpuMs / 1000))} words per CPU second`,
    `entente entities stage alone (persons, roles, organisations, countries, places on the same records, ` +
      `fastest of ${options.rounds ?? DEFAULT_ROUNDS} rounds): ${texts.length} records, ${textMb.toFixed(1)} MB of text, ` +
      `${entities.entities} entities in ${(entities.elapsedMs / 1000).toFixed(2)} s = ` +
      `${(textMb / (entities.elapsedMs / 1000)).toFixed(2)} MB/s, ${Math.round(texts.length / (entities.elapsedMs / 1000))} records/s; ` +
      `CPU time ${(entities.cpuMs / 1000).toFixed(2)} s = ${(textMb / (entities.cpuMs / 1000)).toFixed(2)} MB/s`,
    `entente full pipeline (extraction + language + syntax + entities + dates + events): ` +
      `${fullPagesPerSecond.toFixed(1)} pages/s, ${(bytes / 1e6 / (fullPipeline.elapsedMs / 1000)).toFixed(1)} MB/s, ` +
      `ratio to readability+linkedom extraction only: ${(readability.elapsedMs / fullPipeline.elapsedMs).toFixed(2)}x; ` +
      `CPU time ${(fullPipeline.cpuMs / 1000).toFixed(2)} s vs ${(readability.cpuMs / 1000).toFixed(2)} s, ` +
      `ratio ${(readability.cpuMs / fullPipeline.cpuMs).toFixed(2)}x`,
    `entente peak RSS: ${peakRssMb.toFixed(0)} MB`,
    `load average at start ${loadAtStart}, at end ${loadAverage()} (2 cores; wall-clock figures move with it, CPU times far less)`,
    `predictions and per-page scores: ${scored.map((s) => `${s.pred}, ${s.json}`).join(', ')}`,
  ].join('\n');
}
