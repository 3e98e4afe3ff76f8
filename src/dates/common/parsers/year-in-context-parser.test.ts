import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.year / en.date.year', () => {
  it('reads a year after a date cue', () => {
    expect(datesOf('Le pays a adhéré en 2025 et le traité')).toEqual([
      'en 2025 → 2025 (year, none, fr.date.year)',
    ]);
    expect(valuesOf('mis en place depuis 1998. L’école')).toEqual(['depuis 1998 → 1998']);
    expect(valuesOf('à la présidentielle de 2002, sont')).toEqual(['de 2002 → 2002']);
    expect(datesOf('It joined in 2019 and', { language: 'en' })).toEqual([
      'in 2019 → 2019 (year, none, en.date.year)',
    ]);
  });

  it('never reads counts as years', () => {
    expect(valuesOf('depuis 40 ans, les 100 ans du Parti, 76 ans des relations')).toEqual([]);
    expect(valuesOf('un budget de 2130 personnes et 2130 euros, en 2130 exemplaires')).toEqual([]);
    expect(valuesOf('Il y avait 2019 participants.')).toEqual([]);
    expect(valuesOf('in 2019 votes cast', { language: 'en' })).toEqual([]);
  });
});
