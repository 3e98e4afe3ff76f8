import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a visit told in the sentence of a reception held during it (whole pipeline)', () => {
  it('is a CONSULT of its own, from the visitor to the host, beside the reception', () => {
    const found = pipelineEvents(
      'Lisbonne (VNA) – Le vice-Premier ministre Tran Van Hoa a été reçu le 3 mai à Lisbonne par le président portugais, Rui Costa, dans le cadre de sa visite officielle au Portugal.',
      'fr',
    );
    expect(found).toContain('CONSULT VNM>PRT');
    expect(found).toContain('CONSULT PRT>VNM');
  });
});
