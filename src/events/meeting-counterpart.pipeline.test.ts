import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a meeting with no counterpart named (whole pipeline)', () => {
  it('is a body meeting on its own, no meeting with the article’s other party', () => {
    const english = pipelineEvents(
      "Tokyo, 2 May (VNA) – North Korea fired a ballistic missile on Tuesday. Japan's National Security Council held an emergency meeting that evening.",
      'en',
    );
    expect(english.some((event) => event.startsWith('CONSULT'))).toBe(false);
    const french = pipelineEvents(
      "Séoul, 2 mai (VNA) – La Corée du Nord a tiré un missile balistique mardi. Le Conseil de sécurité nationale sud-coréen a tenu une réunion d'urgence dans la soirée.",
      'fr',
    );
    expect(french.some((event) => event.startsWith('CONSULT'))).toBe(false);
  });

  it('keeps a meeting between the pair a phrase names', () => {
    const found = pipelineEvents(
      'Hanoi, 2 May (VNA) – Vietnam and Laos signed a trade deal on Monday. The same day, officials of the two countries held a meeting in Vientiane.',
      'en',
    );
    expect(found).toContain('CONSULT VNM,LAO>VNM,LAO');
  });
});
