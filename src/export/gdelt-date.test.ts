import { describe, expect, it } from 'vitest';
import { yyyymmdd } from './gdelt-date.js';

describe('yyyymmdd', () => {
  it('writes days, months and years as GDELT does', () => {
    expect(yyyymmdd('2021-05-29', null)).toEqual({ date: '20210529', yearKnown: true });
    expect(yyyymmdd('2021-05', null)).toEqual({ date: '20210500', yearKnown: true });
    expect(yyyymmdd('2021', null)).toEqual({ date: '20210000', yearKnown: true });
  });

  it('takes the publication year for a date without one, and says so', () => {
    expect(yyyymmdd('XXXX-05-29', '2021-06-01')).toEqual({ date: '20210529', yearKnown: false });
    expect(yyyymmdd('XXXX-05-29', null)).toEqual({ date: '00000529', yearKnown: false });
  });

  it('gives nothing for no date or an interval it cannot write', () => {
    expect(yyyymmdd(null, '2021-06-01')).toBeNull();
    expect(yyyymmdd('../2021', null)).toBeNull();
  });
});
