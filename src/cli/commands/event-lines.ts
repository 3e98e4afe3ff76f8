import { csvLine } from '../../export/event-csv.js';
import { sideLabel } from '../../export/side-label.js';
import type { EventSummary } from '../../export/event-summary.js';

/** Columns of `entente query --events --format csv`. */
export const EVENT_HIT_COLUMNS = [
  'date',
  'event',
  'quad',
  'mode',
  'actor',
  'actor_name',
  'recipient',
  'recipient_name',
  'confidence',
  'article_id',
  'event_id',
  'title',
  'evidence',
] as const;

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

const codes = (side: EventSummary['actor']) => side.map((actor) => actor.code).join('+') || '?';

/** One terminal line per event: date, type, actor → recipient, confidence, article, evidence. */
export function eventTableLine(hit: EventSummary): string {
  const mode = hit.mode.length ? ` (${hit.mode.join(',')})` : '';
  return `${clip(hit.date ?? '—', 10)}  ${clip(`${hit.event}${mode}`, 22)}  ${clip(`${codes(hit.actor)} → ${codes(hit.recipient)}`, 15)}  ${hit.confidence.toFixed(2)}  ${hit.articleId}  ${clip(hit.evidence.replace(/\s+/g, ' '), 80).trimEnd()}`;
}

/** The CSV line of one event hit. */
export function eventCsvLine(hit: EventSummary): string {
  return csvLine([
    hit.date,
    hit.event,
    hit.quad,
    hit.mode.join(';'),
    codes(hit.actor),
    sideLabel(hit.actor),
    codes(hit.recipient),
    sideLabel(hit.recipient),
    hit.confidence,
    hit.articleId,
    hit.eventId,
    hit.title,
    hit.evidence,
  ]);
}
