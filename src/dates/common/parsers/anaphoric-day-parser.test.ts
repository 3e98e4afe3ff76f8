import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.anaphoric-day', () => {
  it('reads a day from the last day named before it', () => {
    expect(
      datesOf('Les délégués sont arrivés le 4 juin à Hanoï. Le lendemain, ils ont visité le port.', {
        published: '2022-06-20',
      }),
    ).toEqual([
      '4 juin → 2022-06-04 (day, published, fr.chrono.month-name-little-endian)',
      'Le lendemain → 2022-06-05 (day, document, fr.date.anaphoric-day)',
    ]);
    expect(
      valuesOf(
        "Le sommet s'est ouvert le 30 avril. La veille, les experts avaient fini le texte ; " +
          "l'avant-veille ils étaient encore à Paris. Le surlendemain du 30 avril rien. Le même jour, " +
          'un accord fut signé. Ce jour-là, il pleuvait, et le jour même on signait. Trois jours plus tard, ' +
          'tout était fini ; une semaine auparavant, rien.',
        { published: '2022-06-20' },
      ),
    ).toEqual([
      '30 avril → 2022-04-30',
      'La veille → 2022-04-29',
      "l'avant-veille → 2022-04-27",
      'Le surlendemain du 30 avril → 2022-05-02',
      'Le même jour → 2022-05-02',
      'Ce jour-là → 2022-05-02',
      'le jour même → 2022-05-02',
      'Trois jours plus tard → 2022-05-05',
      'une semaine auparavant → 2022-04-28',
    ]);
  });

  it('keeps an unknown year, and falls back on the publication day, else has no value', () => {
    expect(valuesOf('Arrivé le 28 février, il est reparti deux jours plus tard.')).toEqual([
      '28 février → XXXX-02-28',
      'deux jours plus tard → XXXX-03-01',
    ]);
    expect(valuesOf('Le lendemain, la délégation est repartie.', { published: '2022-12-31' })).toEqual([
      'Le lendemain → 2023-01-01',
    ]);
    expect(valuesOf('Le lendemain, la délégation est repartie.')).toEqual(['Le lendemain → null']);
  });

  it('is no anaphoric day when a complement dates it or inside a word', () => {
    expect(valuesOf('Le 4 juin à Paris. La veille du scrutin, le ministre a parlé.')).not.toContain(
      'La veille → XXXX-06-03',
    );
    expect(valuesOf('Le 4 juin à Paris. Deux jours avant le scrutin, il a parlé.')).toEqual([
      '4 juin → XXXX-06-04',
      'Deux jours avant → null',
    ]);
    expect(valuesOf('Le 4 juin, les ballades lendemainières.')).toEqual(['4 juin → XXXX-06-04']);
  });
});

describe('en.date.anaphoric-day', () => {
  const en = { language: 'en' as const, published: '2022-06-20' };

  it('reads a day from the last day named before it', () => {
    expect(
      valuesOf(
        'The envoys arrived on June 4. The next day they toured the port; the day before, they had met. ' +
          'Two days later it was over. A day earlier the talks had stalled. The following day, and that day, ' +
          'and on the same day, and the previous day.',
        en,
      ),
    ).toEqual([
      'June 4 → 2022-06-04',
      'The next day → 2022-06-05',
      'the day before → 2022-06-04',
      'Two days later → 2022-06-06',
      'A day earlier → 2022-06-05',
      'The following day → 2022-06-06',
      'that day → 2022-06-06',
      'the same day → 2022-06-06',
      'the previous day → 2022-06-05',
    ]);
  });

  it('is no anaphoric day when what follows dates it', () => {
    expect(datesOf('On June 4, the day before the vote, he spoke.', en)).not.toContainEqual(
      expect.stringContaining('en.date.anaphoric-day'),
    );
    expect(datesOf('On June 4 he spoke on the same day as the vote.', en)).not.toContainEqual(
      expect.stringContaining('en.date.anaphoric-day'),
    );
    expect(valuesOf('He left the day before yesterday.', en)).toEqual([
      'the day before yesterday → 2022-06-18',
    ]);
  });
});
