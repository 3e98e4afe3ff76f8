import type { EventRow } from '../store/article-store.js';

/** Columns of `entente export --format csv`: one row per stored event. */
export const EVENT_CSV_COLUMNS = [
  'article_id',
  'event_id',
  'date',
  'published',
  'event',
  'cameo',
  'quad',
  'mode',
  'context',
  'sectors',
  'actor',
  'recipient',
  'commitment_kind',
  'commitment_status',
  'negated',
  'hypothetical',
  'confidence',
  'rule_id',
  'story',
  'counted',
  'uri',
  'evidence',
] as const;

/** An RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line from fields. */
export function csvLine(fields: Array<string | number | boolean | null>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function eventCsvHeader(): string {
  return csvLine([...EVENT_CSV_COLUMNS]);
}

/** The CSV row of one stored event (actors as `;`-joined codes). */
export function eventCsvRow(row: EventRow): string {
  const { record, event } = row;
  return csvLine([
    record.id,
    event.id,
    event.date?.value ?? record.published,
    record.published,
    event.event,
    event.cameo,
    event.quad,
    event.mode.join(';'),
    event.context.join(';'),
    event.sectors.join(';'),
    event.actor.map((actor) => actor.code).join(';'),
    event.recipient.map((actor) => actor.code).join(';'),
    event.commitment?.kind ?? null,
    event.commitment?.status ?? null,
    event.negated,
    event.hypothetical,
    event.confidence,
    event.ruleId,
    record.story,
    row.counted,
    record.source.uri,
    row.evidenceText,
  ]);
}
