import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('the infinitive of a participle on a noun (whole pipeline)', () => {
  it('is done by that noun, not by the subject of the clause the noun is in', () => {
    expect(
      pipelineEvents(
        "Le président Tran Van Binh a reçu lundi à Hanoï l'ambassadeur du Chili, Pablo Rojas, venu lui présenter ses lettres de créance.",
        'fr',
      ),
    ).toEqual(['CONSULT VNM>CHL', 'SUPPORT CHL>VNM']);
  });
});

describe('an act noun on the object of "accuse X of"', () => {
  it('is the accused party’s act (whole pipeline)', () => {
    expect(
      pipelineEvents(
        "The Philippines on Tuesday accused China's coast guard of firing water cannon at a Philippine supply vessel near the Second Thomas Shoal.",
        'en',
      ),
    ).toEqual(['ACCUSE PHL>CHN', 'COERCE CHN>PHL']);
  });
});
