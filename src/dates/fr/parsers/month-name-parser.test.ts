import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.month', () => {
  it('reads a month with its year, prefix or modifier', () => {
    expect(datesOf('prévue en août prochain au Vietnam')).toEqual([
      'en août prochain → XXXX-08 (month, none, fr.date.month)',
    ]);
    expect(valuesOf('prévue en août prochain', { published: '2021-06-02' })).toEqual([
      'en août prochain → 2021-08',
    ]);
    expect(valuesOf('depuis octobre 98.')).toEqual(['octobre 98 → 1998-10']);
    expect(valuesOf('Les ventes de juillet 2026 ont baissé.')).toEqual(['juillet 2026 → 2026-07']);
    expect(valuesOf('au mois de mars', { published: '2013-02-12' })).toEqual(['au mois de mars → 2013-03']);
  });

  it('ends before the full stop of a sentence', () => {
    expect(valuesOf('Il viendra en août.')).toEqual(['en août → XXXX-08']);
  });

  it('ignores abbreviations alone, capitalised names mid-sentence and days (another rule)', () => {
    expect(valuesOf('Il a marqué sept buts.')).toEqual([]);
    expect(valuesOf('La sonde vers Mars a décollé.')).toEqual([]);
    expect(datesOf('le 29 mai')[0]).toContain('fr.chrono.month-name-little-endian');
  });
});
