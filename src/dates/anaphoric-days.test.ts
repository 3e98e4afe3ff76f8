import { describe, expect, it } from 'vitest';
import type { DateMention } from '../records/article.js';
import { resolveAnaphoricDays, shiftDay } from './anaphoric-days.js';
import { valuesOf } from './test-support/dates-of.js';

const mention = (value: string | null): DateMention => ({
  start: 0,
  end: 1,
  text: 'x',
  value,
  grain: 'day',
  anchor: 'none',
  ruleId: 'test',
});

describe('shiftDay', () => {
  it('moves a day across months and years, keeping an unknown year unknown', () => {
    expect(shiftDay('2023-12-31', 1)).toBe('2024-01-01');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('XXXX-02-28', 2)).toBe('XXXX-03-01');
    expect(shiftDay('2024-03', 1)).toBeNull();
  });
});

describe('resolveAnaphoricDays', () => {
  it('takes the last day named before, skipping months and clock times', () => {
    const day = mention('2024-05-02');
    const month = mention('2024-07');
    const clock = mention('2024-09-09');
    const next = mention(null);
    resolveAnaphoricDays(
      '',
      [
        { mention: day, offset: null, namesDay: true },
        { mention: month, offset: null, namesDay: true },
        { mention: clock, offset: null, namesDay: false },
        { mention: next, offset: 1, namesDay: true },
      ],
      '2024-10-01',
    );
    expect([next.value, next.anchor]).toEqual(['2024-05-03', 'document']);
  });

  it('falls back on the publication day, else leaves no value', () => {
    const first = mention('2030-01-01');
    resolveAnaphoricDays('', [{ mention: first, offset: -1, namesDay: true }], '2024-10-01');
    expect([first.value, first.anchor]).toEqual(['2024-09-30', 'published']);
    const alone = mention('2030-01-01');
    resolveAnaphoricDays('', [{ mention: alone, offset: -1, namesDay: true }], null);
    expect([alone.value, alone.anchor]).toEqual([null, 'none']);
  });
});

describe('the day an anaphoric phrase is told from (whole date search)', () => {
  it('is a flashback day in its own paragraph, the story day after it', () => {
    expect(
      valuesOf(
        "Le 9 mai, le ministre a évoqué l'attaque du 7 mai, revendiquée le lendemain.\n\nLe même jour, il a signé.",
      ),
    ).toEqual([
      '9 mai → XXXX-05-09',
      '7 mai → XXXX-05-07',
      'le lendemain → XXXX-05-08',
      'Le même jour → XXXX-05-09',
    ]);
    expect(
      valuesOf('On May 9 the envoy, who had arrived on May 7, met the minister.\n\nLater that day he left.', {
        language: 'en',
      }),
    ).toEqual(['May 9 → XXXX-05-09', 'May 7 → XXXX-05-07', 'that day → XXXX-05-09']);
  });

  it('is no date in brackets beside a name', () => {
    expect(
      valuesOf(
        "Pour l'anniversaire de l'indépendance (4 juillet), il a écrit le 3 juillet.\n\nCe même jour, elle a écrit.",
      ),
    ).toEqual(['4 juillet → XXXX-07-04', '3 juillet → XXXX-07-03', 'Ce même jour → XXXX-07-03']);
  });

  it("is never a page's time stamp", () => {
    expect(
      valuesOf(
        'Mis à jour : 14/05/2024 09:15\n\nLe 10 mai, le ministre a parlé.\n\nLe lendemain, il est parti.',
      ),
    ).toEqual(['14/05/2024 09:15 → 2024-05-14', '10 mai → XXXX-05-10', 'Le lendemain → XXXX-05-11']);
  });
});
