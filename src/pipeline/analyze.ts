import { DiagnosticCollector, type Stage } from './stage.js';
import type { ArticleRecord, OutputRecord } from '../records/article.js';
import { languageStage } from '../language/language-stage.js';
import { syntaxStage } from '../syntax/syntax-stage.js';
import { withoutSyntax } from '../syntax/record-syntax.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { datesStage } from '../dates/dates-stage.js';
import { eventsStage } from '../events/events-stage.js';

/** The analysis stages run on every article record after extraction, in order. */
export const analysisStages: Array<Stage<ArticleRecord, ArticleRecord>> = [
  languageStage,
  syntaxStage,
  entitiesStage,
  datesStage,
  eventsStage,
];

/**
 * Longest text the analysis stages read, UTF-16 units (a long article is ~50k): bounds the time
 * and memory one page can cost an analysis worker. Past it, only the beginning is analysed.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/** Where to stop analysing: the last paragraph end within the cap, else the cap (never inside a surrogate pair). */
function analysedEnd(record: ArticleRecord): number {
  if (record.text.length <= MAX_ANALYSED_CHARS) return record.text.length;
  const paragraphEnd = Math.max(
    0,
    ...record.paragraphs.map((p) => p.end).filter((end) => end <= MAX_ANALYSED_CHARS),
  );
  if (paragraphEnd > MAX_ANALYSED_CHARS / 2) return paragraphEnd;
  const code = record.text.charCodeAt(MAX_ANALYSED_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_ANALYSED_CHARS - 1 : MAX_ANALYSED_CHARS;
}

/** Run the analysis stages over one record; a stage that throws becomes a diagnostic. */
export function analyzeRecord(
  record: ArticleRecord,
  stages: Array<Stage<ArticleRecord, ArticleRecord>> = analysisStages,
): ArticleRecord {
  const ctx = new DiagnosticCollector();
  const end = analysedEnd(record);
  // Stages see the beginning only; their spans point into it, so they stay valid in the whole text.
  let current: ArticleRecord =
    end === record.text.length
      ? record
      : {
          ...record,
          text: record.text.slice(0, end),
          paragraphs: record.paragraphs
            .filter((p) => p.start < end)
            .map((p) => ({ start: p.start, end: Math.min(p.end, end) })),
        };
  for (const stage of stages) {
    try {
      current = stage.run(current, ctx);
    } catch (error) {
      ctx.report(
        `${stage.name}.crash`,
        `stage ${stage.name} failed: ${(error as Error).message}`,
        undefined,
        'error',
      );
    }
  }
  // The syntax state is shared by the stages only: records leave the pipeline as plain data.
  current = withoutSyntax(current);
  if (end < record.text.length) {
    current = { ...current, text: record.text, paragraphs: record.paragraphs };
    ctx.report(
      'analysis.text-capped',
      `only the first ${end} of ${record.text.length} characters were analysed (limit ${MAX_ANALYSED_CHARS})`,
      { start: end, end: record.text.length },
      'warning',
    );
  }
  current.diagnostics.push(...ctx.diagnostics);
  return current;
}

/** Analyse every article record of a page (teasers too); error records pass through. */
export function analyzeRecords(records: OutputRecord[], stages = analysisStages): OutputRecord[] {
  return records.map((record) => (record.kind === 'error' ? record : analyzeRecord(record, stages)));
}
