import { describe, expect, it } from 'vitest';
import { analysed } from './test-support/pipeline-events.js';

/** "TYPE ACTORS>RECIPIENTS date-value" for each event of a text (published 2024-03-12). */
function dated(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.map(
    (event) =>
      `${event.event} ${event.actor.map((a) => a.code).join(',')}>${event.recipient.map((a) => a.code).join(',')} ${event.date?.value ?? '-'}`,
  );
}

describe('an act dated by a day told from an earlier one (whole pipeline)', () => {
  it('takes that day, not the earlier date or the publication day', () => {
    expect(
      dated(
        'Le président chilien est arrivé à Hanoï le 8 mars.\n\nLe lendemain, il a été reçu par le président vietnamien.',
        'fr',
      ),
    ).toEqual(['CONSULT VNM>CHL 2024-03-09']);
    expect(
      dated(
        'The Chilean president arrived in Hanoi on March 8.\n\nThe next day, he held talks with the Vietnamese president.',
        'en',
      ),
    ).toEqual(['CONSULT CHL>VNM 2024-03-09']);
    expect(
      dated(
        'Le 6 mars, la Pologne a expulsé un diplomate biélorusse. Deux jours plus tard, Minsk a expulsé un diplomate polonais.',
        'fr',
      ),
    ).toEqual(['SANCTION POL>BLR 2024-03-06', 'SANCTION BLR>POL 2024-03-08']);
  });

  it('is no argument of the act ("a convoqué le jour même le chargé d\'affaires")', () => {
    expect(
      dated(
        "Le 3 mars, le ministre estonien a rencontré son homologue letton à Riga.\n\nTallinn a convoqué le jour même le chargé d'affaires russe.",
        'fr',
      ),
    ).toEqual(['CONSULT EST>LVA 2024-03-03', 'ACCUSE EST>RUS 2024-03-03']);
  });
});

describe('an act dated by a day told from a named event (whole pipeline)', () => {
  it('takes the day the event’s phrase gives, moved by the phrase’s offset', () => {
    expect(
      dated(
        'Le lendemain de la réunion du 4 mars, le Vietnam a signé un accord de coopération avec le Japon.',
        'fr',
      ),
    ).toEqual(['AGREE VNM>JPN 2024-03-05']);
    expect(
      dated('The day after the March 4 meeting, Vietnam signed a cooperation agreement with Japan.', 'en'),
    ).toEqual(['AGREE VNM>JPN 2024-03-05']);
  });

  it('has no day when the event’s phrase gives none, not the day before the publication', () => {
    expect(
      dated(
        'La veille du sommet, le ministre vietnamien des Affaires étrangères a rencontré son homologue japonais.',
        'fr',
      ),
    ).toEqual(['CONSULT VNM>JPN -']);
    expect(
      dated('The day before the summit, the Vietnamese foreign minister met his Japanese counterpart.', 'en'),
    ).toEqual(['CONSULT VNM>JPN -']);
  });
});
