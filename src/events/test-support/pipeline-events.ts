import { analyzeRecord } from '../../pipeline/analyze.js';
import type { ArticleRecord, EventRecord } from '../../records/article.js';
import { recordFromRawText } from '../../records/raw-text.js';

/** A text run through the whole analysis (syntax, entities, dates, events), published on 12 March 2024. */
export function analysed(text: string, language: 'fr' | 'en'): ArticleRecord {
  return analyzeRecord(recordFromRawText(text, { language, published: '2024-03-12' }));
}

const side = (actors: EventRecord['actor']): string => actors.map((actor) => actor.code).join(',');

/** The events of a text as "TYPE ACTORS>RECIPIENTS", from the whole analysis. */
export function pipelineEvents(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.map(
    (event) => `${event.event} ${side(event.actor)}>${side(event.recipient)}`,
  );
}
