import type { EventRow } from '../store/article-store.js';
import { namedSide } from './event-sides.js';
import { yyyymmdd, type DateFormat } from './gdelt-date.js';
import { sideLabel } from './side-label.js';

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
  'actor_name',
  'recipient',
  'recipient_name',
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

/** The header line; `yyyymmdd` dates add a `year_known` column after `date`. */
export function eventCsvHeader(dateFormat: DateFormat = 'edtf'): string {
  const columns: string[] = [...EVENT_CSV_COLUMNS];
  if (dateFormat === 'yyyymmdd') columns.splice(3, 0, 'year_known');
  return csvLine(columns);
}

/** The date fields of a row: EDTF, or `YYYYMMDD` and whether its year was known. */
export function dateFields(
  value: string | null,
  published: string | null,
  dateFormat: DateFormat,
): Array<string | number | null> {
  if (dateFormat === 'edtf') return [value];
  const day = yyyymmdd(value, published);
  return [day?.date ?? null, day ? (day.yearKnown ? 1 : 0) : null];
}

/** The CSV row of one stored event (actors as `;`-joined codes, with their names beside). */
export function eventCsvRow(row: EventRow, dateFormat: DateFormat = 'edtf'): string {
  const { record, event } = row;
  const actor = namedSide(record, event.actor);
  const recipient = namedSide(record, event.recipient);
  return csvLine([
    record.id,
    event.id,
    ...dateFields(event.date?.value ?? record.published, record.published, dateFormat),
    record.published,
    event.event,
    event.cameo,
    event.quad,
    event.mode.join(';'),
    event.context.join(';'),
    event.sectors.join(';'),
    actor.map((a) => a.code).join(';'),
    sideLabel(actor),
    recipient.map((a) => a.code).join(';'),
    sideLabel(recipient),
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
