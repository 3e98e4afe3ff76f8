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
    const row = eventCsvRow({
      articleId: record.id,
      uri: record.source.uri,
      published: record.published,
      title: record.title,
      story: record.story,
      record,
      event: record.events[0]!,
      counted: true,
      evidenceText: 'La Russie a livré des vaccins, dit-on.',
    });
    expect(eventCsvHeader().split(',')).toHaveLength(22);
    expect(row).toContain(',AID,');
    expect(row).toContain(',vaccines;health,RUS,VNM,');
    expect(row.endsWith('"La Russie a livré des vaccins, dit-on."\r\n')).toBe(true);
  });
});
