import { describe, expect, it } from 'vitest';
import { coded, country, summary } from './test-support/coded-trees.js';

describe('commitments from the tree', () => {
  it('takes the whole complement clause as what is committed to', () => {
    const { events } = coded(
      'fr',
      ['long-commitment'],
      [country('Vietnam', 'VNM'), { type: 'organization', name: 'ASEAN', country: 'IGO' }],
    );
    expect(events[0]!.commitment?.what).toBe(
      "renforcer la coopération avec les dirigeants des pays membres de l'ASEAN dans le domaine de la santé publique",
    );
  });

  it('dates a promise by its deadline, not by the day it was made', () => {
    const { events } = coded(
      'fr',
      ['promise-date-vs-due'],
      [country('Japon', 'JPN'), country('Vietnam', 'VNM')],
      [
        { text: '3 juin', value: 'XXXX-06-03' },
        { text: 'juillet', value: 'XXXX-07', grain: 'month' },
      ],
    );
    expect(events.map(summary)).toEqual(['AGREE JPN>VNM']);
    expect(events[0]!.commitment?.due).toEqual({ text: 'juillet', value: 'XXXX-07' });
    expect(events[0]!.date?.value).toBe('XXXX-06-03');
  });

  it('takes no due date from a year inside a name, a signing date or another clause', () => {
    const year = coded(
      'fr',
      ['year-in-a-name'],
      [country('Chine', 'CHN')],
      [{ text: '1982', value: '1982', grain: 'year' }],
    ).events;
    expect(year[0]!.commitment?.due).toBeNull();
    const signed = coded(
      'fr',
      ['signing-date'],
      [country('Vietnam', 'VNM'), country('Laos', 'LAO')],
      [{ text: '5 mai', value: 'XXXX-05-05' }],
    ).events;
    expect(signed.map((event) => event.event)).toEqual(['AGREE']);
    expect(signed[0]!.commitment?.due).toBeNull();
    const other = coded(
      'fr',
      ['date-of-another-clause'],
      [country('Vietnam', 'VNM'), country('Russie', 'RUS')],
      [{ text: 'juillet', value: 'XXXX-07', grain: 'month' }],
    ).events;
    expect(other.map(summary)).toEqual(['REQUEST VNM>RUS']);
    expect(other[0]!.commitment).toMatchObject({ what: 'soutenir le transfert de technologie', due: null });
  });
});
