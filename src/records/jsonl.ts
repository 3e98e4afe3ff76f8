import type { OutputRecord } from './article.js';

/** One record as one JSONL line (key order is the order the record was built in). */
export function toJsonLine(record: OutputRecord): string {
  return `${JSON.stringify(record)}\n`;
}
