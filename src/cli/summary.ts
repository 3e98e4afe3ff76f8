import type { ArticleRecord } from '../records/article.js';

function clip(text: string | null, width: number): string {
  if (!text) return '—';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** One readable line per article for terminals: kind, language, dateline, title, counts. */
export function formatSummaryLine(record: ArticleRecord): string {
  const where = record.dateline ? `${record.dateline.place ?? '?'} (${record.dateline.agency ?? '-'})` : '';
  const counts = `${record.paragraphs.length}¶ ${record.captions.length}📷 ${record.entities.length}E ${record.dates.length}D ${record.events.length}V`;
  const kind = record.kind === 'article' ? 'ARTICLE' : '  teaser';
  return `${kind} [${record.language ?? 'und'}] ${where ? `${where} ` : ''}${clip(record.title, 80)}  ${counts}`;
}
