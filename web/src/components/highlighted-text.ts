import type { ArticleRecord } from '../../../src/records/article.js';
import { html } from '../html.js';

interface Mark {
  start: number;
  end: number;
  className: string;
  label: string;
}

/**
 * Every span worth showing in an article: event cues and evidence (only the selected event's
 * when one is selected), entity mentions, dates.
 */
export function marksOf(record: ArticleRecord, selected: string | null = null): Mark[] {
  const marks: Mark[] = [];
  for (const event of record.events) {
    if (selected !== null && event.id !== selected) continue;
    // Evidence and cue share one label, so a tooltip over both names the event once.
    const label = `${event.event}${event.mode.length ? ` · ${event.mode.join(', ')}` : ''} (${event.ruleId})`;
    const chosen = selected === null ? '' : ' selected';
    marks.push({ ...event.evidence, className: `evidence${chosen}`, label });
    marks.push({ ...event.cue, className: `cue quad${event.quad}${chosen}`, label });
  }
  for (const entity of record.entities) {
    for (const mention of entity.mentions) {
      marks.push({
        ...mention,
        className: `entity ${entity.type}`,
        label: `${entity.name}${entity.country ? ` — ${entity.country}` : ''}`,
      });
    }
    for (const role of entity.roles)
      marks.push({ ...role, className: 'role', label: `${role.title} (${role.country ?? '?'})` });
  }
  for (const date of record.dates)
    marks.push({
      start: date.start,
      end: date.end,
      className: 'date',
      label: `${date.text} → ${date.value ?? '?'}`,
    });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= record.text.length);
}

/** Render a paragraph of text with nested highlight classes at each boundary. */
function renderSlice(text: string, from: number, to: number, marks: Mark[]) {
  const cuts = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const active = marks.filter((m) => m.start <= start && m.end >= end);
    const piece = text.slice(start, end);
    if (active.length === 0) {
      pieces.push(piece);
      continue;
    }
    const className = [...new Set(active.flatMap((m) => m.className.split(' ')))].join(' ');
    const title = [...new Set(active.map((m) => m.label))].join(' · ');
    pieces.push(
      html`<mark class=${className} title=${title} data-start=${start} data-end=${end}>${piece}</mark>`,
    );
  }
  return pieces;
}

/** The article text, block by block, with its evidence highlighted (one event's, when selected). */
export function HighlightedText({
  record,
  selected = null,
}: {
  record: ArticleRecord;
  selected?: string | null;
}) {
  const marks = marksOf(record, selected);
  return html`<div class="article-text">
    ${record.paragraphs.map((p, i) =>
      i === 0 && record.title
        ? null
        : html`<p class=${i === 1 && record.lead ? 'lead' : ''}>
            ${renderSlice(record.text, p.start, p.end, marks)}
          </p>`,
    )}
  </div>`;
}
