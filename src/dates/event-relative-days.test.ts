import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from './test-support/dates-of.js';

const en = { language: 'en' as const, published: '2023-11-20' };
const fr = { published: '2023-11-20' };

describe('fr.date.event-relative-day', () => {
  it('dates a day told from an event by the day the event’s own phrase gives', () => {
    expect(
      datesOf("Le lendemain de l'ouverture du forum du 14 octobre, les délégations ont visité le port.", fr),
    ).toEqual([
      "Le lendemain de l'ouverture du forum du 14 octobre → 2023-10-15 (day, document, fr.date.event-relative-day)",
    ]);
    expect(valuesOf('Trois jours avant le scrutin du 2 juillet, le candidat a quitté la capitale.')).toEqual([
      'Trois jours avant le scrutin du 2 juillet → XXXX-06-29',
    ]);
    expect(valuesOf('Elle est partie deux jours avant Noël.', fr)).toEqual([
      'deux jours avant Noël → 2023-12-23',
    ]);
  });

  it('leaves a day told from an event with no day of its own without a value, whatever the text named before', () => {
    expect(datesOf('La veille de la conférence, le ministre a reçu les ambassadeurs.', fr)).toEqual([
      'La veille → null (day, none, fr.date.event-relative-day)',
    ]);
    expect(
      valuesOf("Le forum s'est ouvert le 14 octobre. Le lendemain de son arrivée, le ministre a parlé.", fr),
    ).toEqual(['14 octobre → 2023-10-14', 'Le lendemain → null']);
    expect(valuesOf('Deux jours après la signature, les troupes ont commencé à se retirer.', fr)).toEqual([
      'Deux jours après → null',
    ]);
    expect(valuesOf('À la veille du congrès du 5 mars, les délégués sont arrivés.')).toEqual([
      'À la veille → null',
      '5 mars → XXXX-03-05',
    ]);
  });

  it('takes no day standing apart from the event’s phrase, and tells later days from a resolved one', () => {
    expect(valuesOf('La veille du vote, le 3 mai, les députés ont débattu.')).toEqual([
      'La veille → null',
      '3 mai → XXXX-05-03',
    ]);
    expect(
      valuesOf(
        'Le lendemain de la réunion du 8 février, un accord fut annoncé. Le surlendemain, il fut signé.',
      ),
    ).toEqual(['Le lendemain de la réunion du 8 février → XXXX-02-09', 'Le surlendemain → XXXX-02-11']);
  });

  it('is no day told from an event when the phrase ends its clause', () => {
    expect(
      datesOf('Le 9 juin, les ministres sont arrivés. Le lendemain, ils ont signé.', fr),
    ).not.toContainEqual(expect.stringContaining('event-relative-day'));
    expect(valuesOf('Il était à la veille, pas au jour même.', fr)).not.toContainEqual(
      expect.stringContaining('À la veille'),
    );
  });
});

describe('en.date.event-relative-day', () => {
  it('dates a day told from an event by the day the event’s own phrase gives', () => {
    expect(datesOf('The day after the October 14 forum, the delegations toured the port.', en)).toEqual([
      'The day after the October 14 → 2023-10-15 (day, document, en.date.event-relative-day)',
    ]);
    expect(valuesOf('Two days before the election of July 2, the candidate left the capital.', en)).toEqual([
      'Two days before the election of July 2 → 2023-06-30',
    ]);
  });

  it('leaves a day told from an event with no day of its own without a value, whatever the text named before', () => {
    expect(datesOf('The day before the conference, the minister received the ambassadors.', en)).toEqual([
      'The day before → null (day, none, en.date.event-relative-day)',
    ]);
    expect(
      valuesOf('The forum opened on October 14. The day after his arrival, the minister spoke.', en),
    ).toEqual(['October 14 → 2023-10-14', 'The day after → null']);
    expect(valuesOf('On the eve of the congress, the delegates arrived.', en)).toEqual([]);
    expect(valuesOf('Three days after the signing the troops began to withdraw.', en)).toEqual([
      'Three days after → null',
    ]);
  });

  it('is no day told from an event when the phrase ends its clause or names a day itself', () => {
    expect(valuesOf('The ministers arrived on June 9. The day after, they signed.', en)).toEqual([
      'June 9 → 2023-06-09',
      'The day after → 2023-06-10',
    ]);
    expect(valuesOf('They left the day before yesterday.', en)).toEqual([
      'the day before yesterday → 2023-11-18',
    ]);
  });
});
