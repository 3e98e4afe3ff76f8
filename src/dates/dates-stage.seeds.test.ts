import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../extract/extract-page.js';
import { makePage } from '../ingest/page.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { readSeed, seedsAvailable } from '../test-support/seeds.js';
import { datesStage } from './dates-stage.js';

function datedSeed(name: string): ArticleRecord[] {
  const records = extractPage(makePage(`file:seeds/${name}`, readSeed(name))) as ArticleRecord[];
  return records.map((record) => datesStage.run({ ...record, language: 'fr' }, new DiagnosticCollector()));
}

const summary = (record: ArticleRecord) => record.dates.map((d) => `${d.text} → ${d.value} (${d.grain})`);

describe.skipIf(!seedsAvailable)('dates of the seed pages', () => {
  let seed004: ArticleRecord[] = [];
  let seed000: ArticleRecord[] = [];
  beforeAll(() => {
    seed004 = datedSeed('004_d5523bf254681253.txt');
    seed000 = datedSeed('000_016615b14be8e2ef.txt');
  });

  it('004: the call on 29 May (lead and dateline paragraph) and the August conference', () => {
    const main = seed004[0]!;
    expect(summary(main)).toEqual([
      '29 mai → XXXX-05-29 (day)',
      '29 mai → XXXX-05-29 (day)',
      'en août prochain → XXXX-08 (month)',
    ]);
    for (const date of main.dates) expect(main.text.slice(date.start, date.end)).toBe(date.text);
  });

  it('000: this week, July or August; the Wang Huning teaser has its own 18 January', () => {
    const main = seed000[0]!;
    expect(summary(main)).toEqual([
      'cette semaine → null (week)',
      'cette semaine → null (week)',
      'en juillet ou en août → [XXXX-07,XXXX-08] (month)',
    ]);
    const teaser = seed000.find((record) => record.text.includes('Wang Huning'));
    expect(teaser && summary(teaser)).toEqual(['18 janvier → XXXX-01-18 (day)']);
  });

  it('never reads "40 ans", "100 ans" or "76 ans" as dates', () => {
    for (const record of [...seed000, ...seed004]) {
      expect(record.dates.map((d) => d.text).filter((text) => /ans/.test(text))).toEqual([]);
    }
  });
});
