import { sideActorCode } from '../entities/igo-codes.js';
import type { ArticleRecord } from '../records/article.js';
import { cameoMapping } from '../events/plover-mapping.js';
import { dateFields } from './event-csv.js';
import type { DateFormat } from './gdelt-date.js';

/** Columns of the GDELT-like CAMEO export, in order. */
export const CAMEO_TSV_COLUMNS = [
  'EventId',
  'Date',
  'Actor1Code',
  'Actor2Code',
  'EventCode',
  'PloverType',
  'QuadClass',
  'GoldsteinScale',
  'IsNegated',
  'IsHypothetical',
  'SourceURL',
  'CharOffset',
] as const;

/** Tabs and line breaks inside a field would break the row: they become spaces. */
function cell(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]+/gu, ' ');
}

/** The header line of the CAMEO TSV export; `yyyymmdd` dates add `YearKnown` after `Date`. */
export function cameoTsvHeader(dateFormat: DateFormat = 'edtf'): string {
  const columns: string[] = [...CAMEO_TSV_COLUMNS];
  if (dateFormat === 'yyyymmdd') columns.splice(2, 0, 'YearKnown');
  return `${columns.join('\t')}\n`;
}

/**
 * One row per event: date (EDTF; the article's publication date when the event has none), actor
 * codes (";" between compound actors; an IGO by its CAMEO code, "IGOASN", see data/gazetteer/igos.json), CAMEO code, CAMEO QuadClass and Goldstein value from
 * data/plover/plover-cameo.tsv, source URL and the cue's UTF-16 offset in the record text.
 */
export function cameoTsvRows(record: ArticleRecord, dateFormat: DateFormat = 'edtf'): string {
  return record.events
    .map((event) => {
      const mapping = cameoMapping(event.cameo);
      return `${[
        `${record.id}-${event.id}`,
        ...dateFields(event.date?.value ?? record.published, record.published, dateFormat),
        event.actor.map(sideActorCode).join(';'),
        event.recipient.map(sideActorCode).join(';'),
        event.cameo,
        event.event,
        mapping?.quadClass ?? null,
        mapping ? mapping.goldstein.toFixed(1) : null,
        event.negated ? 1 : 0,
        event.hypothetical ? 1 : 0,
        record.source.uri,
        event.cue.start,
      ]
        .map(cell)
        .join('\t')}\n`;
    })
    .join('');
}
