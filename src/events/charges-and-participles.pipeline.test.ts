import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('what a charge names (whole pipeline)', () => {
  it('is no act of its own when it is verbal or supportive: only the accusation is coded', () => {
    expect(pipelineEvents('The United States accused Iran of supplying drones to Russia.', 'en')).toEqual([
      'ACCUSE USA>IRN',
    ]);
    expect(
      pipelineEvents('Paris a accusé les autorités maliennes de soutenir les milices du nord.', 'fr'),
    ).toEqual(['ACCUSE FRA>MLI']);
  });

  it('keeps a deed it names as an act of its own, also after a first alleged act', () => {
    expect(pipelineEvents('Le Japon accuse la Chine d’avoir attaqué des navires philippins.', 'fr')).toEqual([
      'ACCUSE JPN>CHN',
      'ASSAULT CHN>PHL',
    ]);
    expect(
      pipelineEvents(
        'Le Japon accuse la Chine d’avoir attaqué des navires philippins et de soutenir les pirates.',
        'fr',
      ),
    ).toEqual(['ACCUSE JPN>CHN', 'ASSAULT CHN>PHL']);
  });
});

describe('a participle adjunct with an object clitic (whole pipeline)', () => {
  it('is a verb done by the clause’s subject, not a noun ("les accusant")', () => {
    expect(
      pipelineEvents(
        'Londres a sanctionné cinq banques iraniennes, les accusant de financer des groupes armés.',
        'fr',
      ),
    ).toEqual(['SANCTION GBR>IRN', 'ACCUSE GBR>IRN']);
  });

  it('acts on the party the clause before it acts on ("l’exhortant", "le remerciant", "lui a demandé")', () => {
    expect(
      pipelineEvents(
        "L'Inde a convoqué l'ambassadeur pakistanais, l'exhortant à livrer les suspects réfugiés en Afghanistan.",
        'fr',
      ),
    ).toEqual(['ACCUSE IND>PAK', 'REQUEST IND>PAK']);
    expect(
      pipelineEvents(
        'Le ministre thaïlandais a reçu l’ambassadeur japonais, le remerciant pour son aide au Laos.',
        'fr',
      ),
    ).toEqual(['CONSULT THA>JPN', 'SUPPORT THA>JPN']);
    expect(
      pipelineEvents(
        'Le Premier ministre thaïlandais a reçu l’ambassadeur japonais et lui a demandé de soutenir le Laos.',
        'fr',
      ),
    ).toEqual(['CONSULT THA>JPN', 'REQUEST THA>JPN']);
  });
});
