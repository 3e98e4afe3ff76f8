import { DiagnosticCollector, type Stage } from './stage.js';
import type { ArticleRecord, OutputRecord } from '../records/article.js';
import { languageStage } from '../language/language-stage.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { datesStage } from '../dates/dates-stage.js';
import { eventsStage } from '../events/events-stage.js';

/** The analysis stages run on every article record after extraction, in order. */
export const analysisStages: Array<Stage<ArticleRecord, ArticleRecord>> = [
  languageStage,
  entitiesStage,
  datesStage,
  eventsStage,
];

/** Run the analysis stages over one record; a stage that throws becomes a diagnostic. */
export function analyzeRecord(
  record: ArticleRecord,
  stages: Array<Stage<ArticleRecord, ArticleRecord>> = analysisStages,
): ArticleRecord {
  const ctx = new DiagnosticCollector();
  let current = record;
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
  current.diagnostics.push(...ctx.diagnostics);
  return current;
}

/** Analyse every article record of a page (teasers too); error records pass through. */
export function analyzeRecords(records: OutputRecord[], stages = analysisStages): OutputRecord[] {
  return records.map((record) => (record.kind === 'error' ? record : analyzeRecord(record, stages)));
}
