import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { extractPage } from '../extract/extract-page.js';
import { decodeBytes } from '../ingest/decode.js';
import { makePage } from '../ingest/page.js';
import { extractEntities } from '../entities/entities-stage.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import { analyzeSyntax } from '../syntax/analyze-syntax.js';
import { modelForm } from '../syntax/model-form.js';
import { isSyntaxLanguage, syntaxModel } from '../syntax/syntax-models.js';
import type { SyntaxLanguage } from '../syntax/types.js';
import type { OutputRecord } from '../records/article.js';
import type { BenchCase } from './bench-extract-cases.js';

/** One extractor's predictions and the time it spent extracting (milliseconds, one core). */
export interface ExtractorRun {
  predictions: { id: string; text: string }[];
  elapsedMs: number;
  /** CPU time of this process meanwhile (what the machine's other load barely moves). */
  cpuMs: number;
}

/** CPU milliseconds of this process since `start` (a `process.cpuUsage()` reading). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The text Entente is scored on: the main record's lead and body, without the title, because the
 * benchmark golds are article bodies (measured: adding the title lowers F1; see bench-extract.ts).
 */
export function predictionText(records: OutputRecord[]): string {
  const main = records[0];
  if (!main || main.kind === 'error') return '';
  const firstBody = main.title ? main.paragraphs[1] : main.paragraphs[0];
  return firstBody ? main.text.slice(firstBody.start) : '';
}

/**
 * Run Entente's extraction path (`extractPage` on a `makePage` page) over the cases; with
 * `analyze`, also every analysis stage (language, entities, dates, events), as `extract` does.
 */
export function runEntente(cases: BenchCase[], analyze = false): ExtractorRun {
  const pages = cases.map((c) => makePage(`bench:${c.id}`, c.bytes));
  const predictions: ExtractorRun['predictions'] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const page of pages) {
    const records = extractPage(page);
    predictions.push({
      id: page.uri.slice('bench:'.length),
      text: predictionText(analyze ? analyzeRecords(records) : records),
    });
  }
  return { predictions, elapsedMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart) };
}

interface ReadabilityModule {
  Readability: new (document: unknown) => { parse(): { textContent?: string | null } | null };
}

/** Run `@mozilla/readability` on linkedom over the same pages (a devDependency: loaded on demand). */
export async function runReadability(cases: BenchCase[]): Promise<ExtractorRun> {
  const { Readability } = (await import('@mozilla/readability')) as unknown as ReadabilityModule;
  const predictions: ExtractorRun['predictions'] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const c of cases) {
    const decoded = decodeBytes(c.bytes);
    let text = '';
    if (decoded.ok) {
      try {
        const { document } = parseHTML(decoded.text);
        text = new Readability(document).parse()?.textContent ?? '';
      } catch {
        text = '';
      }
    }
    predictions.push({ id: c.id, text });
  }
  return { predictions, elapsedMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart) };
}

/** What the syntax layer did over the pipeline's records: words parsed and the time it took. */
export interface SyntaxRun {
  tokens: number;
  words: number;
  elapsedMs: number;
  /** CPU time of this process meanwhile (what one core spent, whatever else the machine ran). */
  cpuMs: number;
}

/** The French and English records of the bench pages, as the full pipeline makes them. */
export interface RecordText {
  text: string;
  language: SyntaxLanguage;
}

/** The French and English record texts of the cases (the inputs of the syntax and entities figures). */
export function recordTexts(cases: BenchCase[]): RecordText[] {
  const texts: RecordText[] = [];
  for (const c of cases) {
    for (const record of analyzeRecords(extractPage(makePage(`bench:${c.id}`, c.bytes)))) {
      if (record.kind === 'error' || !isSyntaxLanguage(record.language)) continue;
      texts.push({ text: record.text, language: record.language });
    }
  }
  return texts;
}

/**
 * Time the syntax layer alone (tokenizer, contractions, tagger, lemmas, parser) over the analysed
 * French and English records of the cases, models already loaded: the fastest of `rounds` passes,
 * wall clock and CPU time each.
 */
export function runSyntax(texts: readonly RecordText[], rounds = 1): SyntaxRun {
  let best: SyntaxRun | null = null;
  for (let round = 0; round < rounds; round++) {
    let tokens = 0;
    let words = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const { text, language } of texts) {
      for (const sentence of analyzeSyntax(text, language).sentences) {
        tokens += sentence.tokens.length;
        words += sentence.words.length;
      }
    }
    const run = { tokens, words, elapsedMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart) };
    best = best
      ? { ...run, elapsedMs: Math.min(best.elapsedMs, run.elapsedMs), cpuMs: Math.min(best.cpuMs, run.cpuMs) }
      : run;
  }
  return best!;
}

/**
 * The tagger and the parser alone, what the issue's speed target names: the same records' words,
 * split into sentences and words beforehand (tokenizer and contractions not timed), tagged and
 * parsed sentence by sentence, lemmas left out. Fastest of `rounds`, wall clock and CPU time.
 */
export function runTaggerParser(texts: readonly RecordText[], rounds = 1): SyntaxRun {
  const sentences = texts.flatMap(({ text, language }) => {
    const model = syntaxModel(language);
    return analyzeSyntax(text, language).sentences.map((sentence) => ({
      model,
      forms: sentence.words.map((word) => modelForm(word.form)),
    }));
  });
  let best: SyntaxRun | null = null;
  for (let round = 0; round < rounds; round++) {
    let words = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const { model, forms } of sentences) {
      model.parser.parse(model.parserInputOf(model.tagger.tag(forms)));
      words += forms.length;
    }
    const run = { tokens: words, words, elapsedMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart) };
    best = best
      ? { ...run, elapsedMs: Math.min(best.elapsedMs, run.elapsedMs), cpuMs: Math.min(best.cpuMs, run.cpuMs) }
      : run;
  }
  return best!;
}

/**
 * The entities stage alone on the record texts: entities found and the fastest of `rounds` timings,
 * wall clock and this process's CPU time (the CPU time holds when other processes load the machine).
 */
export function runEntities(
  texts: readonly RecordText[],
  rounds: number,
): { entities: number; elapsedMs: number; cpuMs: number } {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let entities = 0;
  for (let round = 0; round < rounds; round++) {
    entities = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const { text, language } of texts) entities += extractEntities(text, language).length;
    const cpuMs = cpuMsSince(cpuStart);
    best = Math.min(best, performance.now() - start);
    bestCpu = Math.min(bestCpu, cpuMs);
  }
  return { entities, elapsedMs: best, cpuMs: bestCpu };
}
