import type { ArticleFilter, ArticleStore } from '../store/article-store.js';
import { cameoTsvHeader, cameoTsvRows } from './cameo-tsv.js';
import { eventCsvHeader, eventCsvRow } from './event-csv.js';
import type { DateFormat } from './gdelt-date.js';
import { toPloverRecord } from './plover-json.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'cameo-tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Lines of an export: article records (jsonl) or one line per counted event (csv, plover, cameo-tsv). */
export async function* exportLines(
  store: ArticleStore,
  format: ExportFormat,
  filter: ArticleFilter,
  dateFormat: DateFormat = 'edtf',
): AsyncGenerator<string> {
  if (format === 'jsonl') {
    for await (const record of store.articleRecords(filter)) yield `${JSON.stringify(record)}\n`;
    return;
  }
  if (format === 'csv') yield eventCsvHeader(dateFormat);
  if (format === 'cameo-tsv') yield cameoTsvHeader(dateFormat);
  for await (const row of store.eventRows(filter)) {
    if (format === 'csv') yield eventCsvRow(row, dateFormat);
    else if (format === 'plover') yield `${JSON.stringify(toPloverRecord(row.record, row.event))}\n`;
    else yield cameoTsvRows({ ...row.record, events: [row.event] }, dateFormat);
  }
}
