import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.time.clock', () => {
  it('joins a clock time to the day before it', () => {
    expect(valuesOf('mardi vers 21 h 45.', { published: '1999-05-20' })).toEqual([
      'mardi vers 21 h 45 → 1999-05-18',
    ]);
  });

  it('takes the day of the previous date, else the publication day, else nothing', () => {
    expect(datesOf('Hier, la réunion. Elle a fini à 18 h.', { published: '1999-05-21' })).toEqual([
      'Hier → 1999-05-20 (day, published, fr.chrono.casual-date)',
      '18 h → 1999-05-20 (day, document, fr.time.clock)',
    ]);
    expect(valuesOf('Elle a fini à 18 h.', { published: '1999-05-21' })).toEqual(['18 h → 1999-05-21']);
    expect(valuesOf('Elle a fini à 18 h.')).toEqual(['18 h → null']);
  });

  it('reads noon and midnight', () => {
    expect(valuesOf('Il est arrivé à midi et quart.', { published: '1999-05-21' })).toEqual([
      'midi et quart → 1999-05-21',
    ]);
  });

  it('does not read durations, bare numbers or the afternoon as clock times', () => {
    expect(valuesOf('pendant 48 heures, de 5 à 7 kilomètres')).toEqual([]);
    const texts = valuesOf('Il est revenu dans l’après-midi, dans le Midi.').map(
      (line) => line.split(' → ')[0],
    );
    expect(texts).not.toContain('midi');
    expect(texts).not.toContain('Midi');
  });
});
