import type { OutputRecord } from '../records/article.js';
import { toJsonLine } from '../records/jsonl.js';
import { cameoTsvHeader, cameoTsvRows } from './cameo-tsv.js';
import { ploverJsonLines } from './plover-json.js';

/** Output formats of `entente extract --format` (and of the store's export). */
export const OUTPUT_FORMATS = ['jsonl', 'plover', 'cameo-tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A writer turning records into text in one format: `jsonl` the article records, `plover` one PLOVER
 * JSON record per event, `cameo-tsv` a header then one row per event. Error records only appear in jsonl.
 */
export function recordWriter(format: OutputFormat): (record: OutputRecord) => string {
  if (format === 'jsonl') return (record) => toJsonLine(record);
  if (format === 'plover') return (record) => (record.kind === 'error' ? '' : ploverJsonLines(record));
  let headerWritten = false;
  return (record) => {
    const header = headerWritten ? '' : cameoTsvHeader();
    headerWritten = true;
    return header + (record.kind === 'error' ? '' : cameoTsvRows(record));
  };
}
