import { describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import { analyzeRecords, MAX_ANALYSED_CHARS } from './analyze.js';

describe('analyzeRecords on an oversized article', () => {
  it('analyses the beginning only, keeps the whole text and says so', () => {
    const paragraph =
      'Le ministre des Affaires étrangères a reçu mardi à Hanoï son homologue russe pour des consultations.';
    const body = Array.from(
      { length: Math.ceil((MAX_ANALYSED_CHARS * 1.5) / paragraph.length) },
      () => paragraph,
    );
    const text = `Une très longue page\n\n${body.join('\n\n')}\n`;
    const [record] = analyzeRecords(extractPage(makePage('test:long', new TextEncoder().encode(text))));
    expect(record?.kind).toBe('article');
    if (record?.kind !== 'article') return;
    expect(record.text.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    const capped = record.diagnostics.find((d) => d.ruleId === 'analysis.text-capped');
    expect(capped?.message).toMatch(/only the first \d+ of \d+ characters were analysed/);
    const spans = [
      ...record.entities.flatMap((e) => e.mentions),
      ...record.dates,
      ...record.events.map((e) => e.evidence),
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(span.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
});
