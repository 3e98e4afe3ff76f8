import { describe, expect, it } from 'vitest';
import type { DateMention } from '../records/article.js';
import { deadline, historyBefore } from './event-date.js';

const mention = (text: string, value: string, ruleId: string): DateMention => ({
  start: 0,
  end: text.length,
  text,
  value,
  grain: 'day',
  anchor: 'published',
  ruleId,
});

describe('deadline', () => {
  it('moves a weekday resolved before the publication date forward ("by Friday" in a Wednesday report)', () => {
    expect(deadline(mention('Friday', '2026-11-27', 'en.chrono.weekday'), '2026-12-02')).toEqual({
      text: 'Friday',
      value: '2026-12-04',
    });
    expect(deadline(mention('vendredi', '2026-11-27', 'fr.date.weekday'), '2026-12-02T08:00:00Z').value).toBe(
      '2026-12-04',
    );
  });

  it('keeps a weekday already ahead, an explicit date in the past and a record without a date', () => {
    expect(deadline(mention('Friday', '2026-12-04', 'en.chrono.weekday'), '2026-12-02').value).toBe(
      '2026-12-04',
    );
    expect(deadline(mention('27 November', '2026-11-27', 'en.chrono.casual'), '2026-12-02').value).toBe(
      '2026-11-27',
    );
    expect(deadline(mention('Friday', '2026-11-27', 'en.chrono.weekday'), null).value).toBe('2026-11-27');
  });
});

describe('historyBefore', () => {
  const date = (value: string | null) => ({ text: 'x', value });
  it('is true for a date with its year ending more than three months before the publication', () => {
    expect(historyBefore(date('1976'), '2024-03-12')).toBe(true);
    expect(historyBefore(date('2023-10'), '2024-03')).toBe(true);
    expect(historyBefore(date('2019-05-02/2019-05-04'), '2024-03-12')).toBe(true);
  });

  it('is false for recent dates, dates with no year, intervals reaching the present, or no publication date', () => {
    expect(historyBefore(date('2023'), '2024-03-12')).toBe(false);
    expect(historyBefore(date('2024-01-20'), '2024-03-12')).toBe(false);
    expect(historyBefore(date('XXXX-09-10'), '2024-03-12')).toBe(false);
    expect(historyBefore(date('2019/2024-02'), '2024-03-12')).toBe(false);
    expect(historyBefore(date('1976'), null)).toBe(false);
    expect(historyBefore(date(null), '2024-03-12')).toBe(false);
  });
});
