import { describe, expect, it } from 'vitest';
import { ducklingToEdtf, timemlToEdtf } from './dates-gold.js';

describe('timemlToEdtf', () => {
  it('cuts times to their day and writes weeks and seasons as EDTF', () => {
    expect(timemlToEdtf('1999-05-18T21:45')).toBe('1999-05-18');
    expect(timemlToEdtf('1999-05-19TMO')).toBe('1999-05-19');
    expect(timemlToEdtf('XXXX-07-15')).toBe('XXXX-07-15');
    expect(timemlToEdtf('1999-W27')).toBe('1999-07-05/1999-07-11');
    expect(timemlToEdtf('2003-W05-WE')).toBe('2003-02-01/2003-02-02');
    expect(timemlToEdtf('XXXX-SU')).toBe('XXXX-22');
  });

  it('has no value for references, durations and sets', () => {
    for (const value of ['PRESENT_REF', 'PXD', 'P1D', 'XXXX-WXX-4', 'TNI'])
      expect(timemlToEdtf(value)).toBeNull();
  });
});

describe('ducklingToEdtf', () => {
  it('turns values and exclusive intervals into day-precision EDTF', () => {
    expect(ducklingToEdtf({ type: 'value', value: '2013-02-12T15:00:00.000-02:00', grain: 'hour' })).toBe(
      '2013-02-12',
    );
    expect(ducklingToEdtf({ type: 'value', value: '2013-02-11T00:00:00.000-02:00', grain: 'week' })).toBe(
      '2013-02-11/2013-02-17',
    );
    expect(ducklingToEdtf({ type: 'value', value: '2013-03-01T00:00:00.000-02:00', grain: 'month' })).toBe(
      '2013-03',
    );
    expect(
      ducklingToEdtf({
        type: 'interval',
        from: { value: '2013-07-13T00:00:00.000-02:00', grain: 'day' },
        to: { value: '2013-07-16T00:00:00.000-02:00', grain: 'day' },
      }),
    ).toBe('2013-07-13/2013-07-15');
    expect(
      ducklingToEdtf({
        type: 'interval',
        from: { value: '2013-02-12T18:00:00.000-02:00', grain: 'hour' },
        to: { value: '2013-02-13T00:00:00.000-02:00', grain: 'hour' },
      }),
    ).toBe('2013-02-12');
    expect(
      ducklingToEdtf({ type: 'interval', from: { value: '2013-03-08T00:00:00.000-02:00', grain: 'day' } }),
    ).toBe('2013-03-08/..');
  });
});
