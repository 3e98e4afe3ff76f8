import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a conflict act announced for the future in reported speech (whole pipeline)', () => {
  it('is its author’s threat, not the act itself', () => {
    const found = pipelineEvents(
      'Moscou, 3 mai (VNA) – La porte-parole a déclaré que la Russie prendra des mesures de rétorsion contre le Japon.',
      'fr',
    );
    expect(found).toContain('THREATEN RUS>JPN');
    expect(found).not.toContain('SANCTION RUS>JPN');
  });

  it('stays a guess under a hedging modal', () => {
    const found = pipelineEvents(
      'London, 3 May (VNA) – The British foreign secretary said the United Kingdom could impose sanctions on Iran.',
      'en',
    );
    expect(found.some((event) => event.startsWith('THREATEN'))).toBe(false);
  });
});

describe('an acceptance negated (whole pipeline)', () => {
  it('is a rejection, not an agreement that did not happen', () => {
    expect(
      pipelineEvents(
        "Hanoï, 3 mai (VNA) – Le Vietnam n'accepte pas les conclusions de l'enquête menée par l'Inde.",
        'fr',
      ),
    ).toContain('REJECT VNM>IND');
    expect(
      pipelineEvents(
        'Manila, 3 May (VNA) – The Philippines did not accept the proposal made by China.',
        'en',
      ),
    ).toContain('REJECT PHL>CHN');
  });
});

describe('backing a proposal (whole pipeline)', () => {
  it('is agreeing to it, not support given to its author', () => {
    const english = pipelineEvents(
      'Thai Minister Somchai Wong backed Laos’s proposal for a joint patrol.',
      'en',
    );
    expect(english).toContain('AGREE THA>LAO');
    expect(english.some((event) => event.startsWith('SUPPORT'))).toBe(false);
    const french = pipelineEvents(
      'La Thaïlande a appuyé la proposition du Laos sur des patrouilles conjointes.',
      'fr',
    );
    expect(french).toContain('AGREE THA>LAO');
  });

  it('is agreeing when it is welcomed: "welcomed Uganda’s proposal"', () => {
    const events = pipelineEvents('Kenya welcomed Uganda’s proposal to build a joint railway.', 'en');
    expect(events).toEqual(['AGREE KEN>UGA']);
  });

  it('is aimed at the author of the proposal told before, and stays apart from an invitation', () => {
    expect(
      pipelineEvents(
        'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. ' +
          'Museveni proposed a joint railway project. Ruto welcomed the proposal.',
        'en',
      ),
    ).toEqual(['CONSULT KEN>UGA', 'REQUEST UGA>KEN', 'AGREE KEN>UGA']);
    expect(
      pipelineEvents(
        'Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. ' +
          "Ruto welcomed Museveni's suggestions and invited him to attend the summit in Nairobi.",
        'en',
      ).filter((event) => event.startsWith('AGREE')),
    ).toHaveLength(2);
  });
});
