import type { ArticleRecord } from '../../../src/records/article.js';
import { html } from '../html.js';

interface Mark {
  start: number;
  end: number;
  className: string;
  label: string;
}

/** Every span worth showing in an article: event cues and evidence, entity mentions, dates. */
export function marksOf(record: ArticleRecord): Mark[] {
  const marks: Mark[] = [];
  for (const event of record.events) {
    marks.push({ ...event.evidence, className: 'evidence', label: `${event.event} (${event.ruleId})` });
    marks.push({
      ...event.cue,
      className: `cue quad${event.quad}`,
      label: `${event.event} ${event.mode.join(',')}`,
    });
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
    const title = active.map((m) => m.label).join(' · ');
    pieces.push(
      html`<mark class=${className} title=${title} data-start=${start} data-end=${end}>${piece}</mark>`,
    );
  }
  return pieces;
}

/** The article text, block by block, with its evidence highlighted. */
export function HighlightedText({ record }: { record: ArticleRecord }) {
  const marks = marksOf(record);
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
