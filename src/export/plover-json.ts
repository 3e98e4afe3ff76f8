import type { ArticleRecord, EventRecord } from '../records/article.js';
import { namedSide } from './event-sides.js';

/** One event in PLOVER's JSON record shape (field names from the PLOVER specification). */
export interface PloverJsonRecord {
  id: string;
  date: string | null;
  actor: Array<{ code: string; name: string | null }>;
  recipient: Array<{ code: string; name: string | null }>;
  event: string;
  mode: string;
  context: string;
  quad_code: number;
  event_text: string;
  cite_info: {
    article: string;
    source: string;
    cue_text: string;
    start: number;
    end: number;
    ruleId: string;
    confidence: number;
    cameo: string;
    negated: boolean;
    hypothetical: boolean;
  };
}

/** The PLOVER JSON record of one event of an article (date: the event's, else the article's publication date). */
export function toPloverRecord(record: ArticleRecord, event: EventRecord): PloverJsonRecord {
  return {
    id: `${record.id}-${event.id}`,
    date: event.date?.value ?? record.published,
    actor: namedSide(record, event.actor),
    recipient: namedSide(record, event.recipient),
    event: event.event,
    mode: event.mode.join(', '),
    context: event.context.join(', '),
    quad_code: event.quad,
    event_text: record.text.slice(event.evidence.start, event.evidence.end),
    cite_info: {
      article: record.id,
      source: record.source.uri,
      cue_text: record.text.slice(event.cue.start, event.cue.end),
      start: event.evidence.start,
      end: event.evidence.end,
      ruleId: event.ruleId,
      confidence: event.confidence,
      cameo: event.cameo,
      negated: event.negated,
      hypothetical: event.hypothetical,
    },
  };
}

/** PLOVER JSON lines (one record per event, `\n`-terminated) for an article. */
export function ploverJsonLines(record: ArticleRecord): string {
  return record.events.map((event) => `${JSON.stringify(toPloverRecord(record, event))}\n`).join('');
}
