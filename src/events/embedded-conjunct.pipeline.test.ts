import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a statement hung on the verb of a clause under it (whole pipeline)', () => {
  it('is made by the party that reports the act, not by the act the reported clause tells', () => {
    const found = pipelineEvents(
      'Bogota, 9 May (VNA) – Colombia said the bombing killed six soldiers and vowed to retaliate against Venezuela.',
      'en',
    );
    expect(found).toContain('THREATEN COL>VEN');
  });

  it('leaves a material act with the subject it inherits', () => {
    const found = pipelineEvents(
      "Quito, 3 June (VNA) – Ecuador's foreign ministry said Peruvian soldiers entered a village on Monday and detained two farmers.",
      'en',
    );
    expect(found).toContain('COERCE PER>ECU');
  });
});
