import { describe, expect, it } from 'vitest';
import { pageFromSpec } from '../store/test-support/record-fixtures.js';
import type { ArticleRecord } from '../records/article.js';
import { csvField, eventCsvHeader, eventCsvRow } from './event-csv.js';

describe('event CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField(null)).toBe('');
  });

  it('writes one row per event with the header columns', () => {
    const record = pageFromSpec({
      uri: 'file:a.txt',
      title: 'Titre',
      body: 'La Russie a livré des vaccins, dit-on.',
      published: '2021-07-20',
      events: [{ type: 'AID', actor: 'RUS', recipient: 'VNM', sectors: ['vaccines', 'health'] }],
    }).records[0] as ArticleRecord;
    const rowOf = (r: ArticleRecord) => ({
      articleId: r.id,
      uri: r.source.uri,
      published: r.published,
      title: r.title,
      story: r.story,
      record: r,
      event: r.events[0]!,
      counted: true,
      evidenceText: 'La Russie a livré des vaccins, dit-on.',
    });
    const row = eventCsvRow(rowOf(record));
    expect(eventCsvHeader().split(',')).toHaveLength(24);
    expect(row).toContain(',AID,');
    expect(row).toMatch(/,vaccines;health,RUS,[^,]*Russia[^,]*,VNM,Vi[eệ]t ?[Nn]am,/);
    expect(eventCsvHeader('yyyymmdd').split(',').slice(2, 4)).toEqual(['date', 'year_known']);
    expect(eventCsvRow(rowOf(record), 'yyyymmdd')).toContain(`,20210720,1,2021-07-20,`);
    expect(row.endsWith('"La Russie a livré des vaccins, dit-on."\r\n')).toBe(true);
  });
});
