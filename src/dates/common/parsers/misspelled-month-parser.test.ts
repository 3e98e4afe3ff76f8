import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.misspelled-month', () => {
  it('tolerates one typo in a long month name beside a day or a year', () => {
    expect(datesOf('janvie 2026')).toEqual(['janvie 2026 → 2026-01 (month, none, fr.date.misspelled-month)']);
    expect(valuesOf('le 12 janvie')).toEqual(['12 janvie → XXXX-01-12']);
    expect(valuesOf('le 5 juilet 2020')).toEqual(['5 juilet 2020 → 2020-07-05']);
  });

  it('does not bend short names or words without a day or year', () => {
    expect(valuesOf('le 3 mais aussi le 4 juif')).toEqual([]);
    expect(valuesOf('une janvie sans date')).toEqual([]);
    expect(valuesOf('12 pommes et 14 poires')).toEqual([]);
  });
});
