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
