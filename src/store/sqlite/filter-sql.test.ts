import { describe, expect, it } from 'vitest';
import { filterSql, ftsQuery } from './filter-sql.js';

describe('filter SQL', () => {
  it('quotes every word of a full-text query so user text is never FTS syntax', () => {
    expect(ftsQuery('Lavrov "OR" vaccins*')).toBe('"Lavrov" "OR" "vaccins"');
    expect(ftsQuery('  ')).toBeNull();
  });

  it('binds every user value as a parameter', () => {
    const sql = filterSql(
      {
        text: "Robert'); DROP TABLE articles;--",
        countries: ['vnm', 'rus'],
        mode: 'phone',
        from: '2021-01-01',
      },
      [3],
    );
    expect(sql.where).not.toContain('DROP');
    expect(sql.params).toContain('RUS-VNM');
    expect(sql.params).toContain('phone');
    expect(sql.params).toContain(3);
  });

  it('hides duplicates unless asked', () => {
    expect(filterSql({}, null).where).toContain('duplicate_of IS NULL');
    expect(filterSql({ includeDuplicates: true }, null).where).toBe('1');
  });
});
