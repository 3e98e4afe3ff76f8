import { describe, expect, it } from 'vitest';
import { DiagnosticCollector } from '../pipeline/stage.js';
import { recordFromRawText } from '../records/raw-text.js';
import { entitiesStage } from './entities-stage.js';

function ministryCountry(text: string, language = 'fr'): string | null | undefined {
  const record = entitiesStage.run(recordFromRawText(text, { language }), new DiagnosticCollector());
  return record.entities.find((entity) => entity.type === 'organization')?.country;
}

describe('states of national bodies', () => {
  it('gives an unqualified ministry the home state of a national agency filing from home', () => {
    expect(
      ministryCountry('Hanoï (VNA) - Le ministère des Affaires étrangères a convoqué un diplomate.'),
    ).toBe('VNM');
    expect(ministryCountry('BEIJING (Xinhua) - The Ministry of Commerce announced new rules.', 'en')).toBe(
      'CHN',
    );
  });

  it('assumes nothing for a report filed abroad or by an international wire service', () => {
    expect(
      ministryCountry('Pékin (VNA) - Le ministère des Affaires étrangères a convoqué un diplomate.'),
    ).toBeNull();
    expect(
      ministryCountry('Paris (AFP) - Le ministère des Affaires étrangères a convoqué un diplomate.'),
    ).toBeNull();
  });

  it("gives an organisation named in a person's role that person's state", () => {
    const text =
      'La porte-parole du ministère des Affaires étrangères du Japon, Yoko Sato, a répondu. Le ministère des Affaires étrangères a publié un communiqué.';
    const record = entitiesStage.run(recordFromRawText(text, { language: 'fr' }), new DiagnosticCollector());
    const ministries = record.entities.filter((entity) => entity.type === 'organization');
    expect(ministries.length).toBeGreaterThan(0);
    expect(ministries.every((entity) => entity.country === 'JPN')).toBe(true);
  });
});
