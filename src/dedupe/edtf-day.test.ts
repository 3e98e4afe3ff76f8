import { describe, expect, it } from 'vitest';
import { daysBetween, edtfEndDay, edtfStartDay, yearOf } from './edtf-day.js';

describe('EDTF days', () => {
  it('gives start and end days of days, months, years and sets', () => {
    expect(edtfStartDay('2021-05-29')).toBe('2021-05-29');
    expect(edtfEndDay('2021-02')).toBe('2021-02-28');
    expect(edtfStartDay('2021')).toBe('2021-01-01');
    expect(edtfEndDay('[XXXX-07,XXXX-08]', 2021)).toBe('2021-08-31');
    expect(edtfStartDay('2021-07/2021-08')).toBe('2021-07-01');
    expect(edtfEndDay('2021-07/2021-08')).toBe('2021-08-31');
  });

  it('gives null when the year is unknown or the value empty', () => {
    expect(edtfEndDay('XXXX-07')).toBeNull();
    expect(edtfStartDay(null)).toBeNull();
    expect(edtfStartDay('soon')).toBeNull();
  });

  it('reads years and day differences', () => {
    expect(yearOf('2021-05-29')).toBe(2021);
    expect(yearOf(null)).toBeNull();
    expect(daysBetween('2021-05-29', '2021-06-01')).toBe(3);
  });
});
