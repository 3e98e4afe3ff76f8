import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

/** "TYPE date-value" for each event of a text (published 2024-03-12). */
function dated(text: string, language: 'fr' | 'en'): string[] {
  return analysed(text, language).events.map((event) => `${event.event} ${event.date?.value ?? '-'}`);
}

describe('the date of an act (whole pipeline)', () => {
  it('is none that the tree hangs on another noun or on a participle describing one', () => {
    expect(
      dated(
        'Vietnamese Foreign Minister Bui Thanh Son met Russian Foreign Minister Sergei Lavrov on March 11. ' +
          'The two ministers discussed preparations for high-level visits this year.',
        'en',
      ),
    ).toEqual(['CONSULT 2024-03-11']);
    expect(
      dated(
        'Le Vietnam a demandé le 10 mars à la Russie de lever les restrictions imposées aux navires depuis 2019, protestant contre ces mesures.',
        'fr',
      ),
    ).toEqual(['REQUEST 2024-03-10', 'ACCUSE 2024-03-10']);
  });
});

describe('the news date an undated act takes', () => {
  it("is the lead's day, not the page's time stamp", () => {
    const text =
      'Le Vietnam et le Chili renforcent leur coopération\n\n' +
      'Mis à jour le 12/03/2024 à 16h42\n\n' +
      'Hanoï (VNA) – Le ministre Bui Thanh Son a reçu le 10 mars à Hanoï son homologue chilien.\n\n' +
      'Le ministre chilien a remercié le Vietnam pour son soutien.';
    expect(dated(text, 'fr')).toEqual(['CONSULT 2024-03-10', 'SUPPORT 2024-03-10']);
    expect(
      dated(
        'Vietnam, Chile boost ties\n\nUpdated: 12/03/2024 09:15\n\n' +
          'Hanoi (VNA) – Minister Bui Thanh Son received his Chilean counterpart in Hanoi on March 10.\n\n' +
          'The Chilean minister thanked Vietnam for its support.',
        'en',
      ),
    ).toEqual(['CONSULT 2024-03-10', 'SUPPORT 2024-03-10']);
  });
});

describe('a visit described beside its visitor', () => {
  it('is the visitor’s own act, dated by its own phrase, beside the reception told in the sentence', () => {
    const text =
      "Le président Luong Cuong a reçu le 11 mars à Hanoï le président chilien Gabriel Boric, en visite d'État au Vietnam du 10 au 13 mars.";
    expect(pipelineEvents(text, 'fr')).toEqual(['CONSULT VNM>CHL', 'CONSULT CHL>VNM']);
    expect(dated(text, 'fr')).toEqual(['CONSULT 2024-03-11', 'CONSULT 2024-03-10/2024-03-13']);
  });
});

describe('an act dated long before the publication (whole pipeline, published 2024-03-12)', () => {
  it('is history the article recalls, not news', () => {
    expect(dated('Vietnam and Kuwait established diplomatic relations in 1976.', 'en')).toEqual([]);
    expect(dated("La Chine et l'Inde ont signé un accord frontalier en 2019.", 'fr')).toEqual([]);
  });

  it('stays news when its date names no year, even one read in the past year', () => {
    expect(
      dated('North Korea fired a ballistic missile into the sea off Japan on November 18.', 'en').map(
        (event) => event.split(' ')[0],
      ),
    ).toEqual(['MOBILIZE']);
  });

  it("stays news when dated this season, or when the old date is another clause's", () => {
    expect(dated("La Chine et l'Inde ont signé un accord frontalier le 5 mars.", 'fr')).toEqual([
      'AGREE 2024-03-05',
    ]);
    expect(
      dated(
        'The Vietnamese minister recalled that Japan had helped Vietnam in 2011 and thanked Japan for its support.',
        'en',
      ).map((event) => event.split(' ')[0]),
    ).toEqual(['SUPPORT']);
  });
});
