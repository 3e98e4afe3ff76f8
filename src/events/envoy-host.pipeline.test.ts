import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('an act done to an envoy in a passive with no agent (whole pipeline)', () => {
  it('is done by the state the envoy is posted to', () => {
    expect(
      pipelineEvents(
        "L'ambassadeur du Danemark à Téhéran a été convoqué mardi après les propos du Premier ministre.",
        'fr',
      ),
    ).toContain('ACCUSE IRN>DNK');
    expect(pipelineEvents("Israel's ambassador to Ireland was summoned on Monday.", 'en')).toContain(
      'ACCUSE IRL>ISR',
    );
  });

  it('is done by the state where the envoy was called when his post is not named', () => {
    expect(
      pipelineEvents(
        "L'ambassadeur d'Iran a été convoqué au ministère danois des Affaires étrangères.",
        'fr',
      ),
    ).toContain('ACCUSE DNK>IRN');
  });

  it('leaves a meeting that is convened no summons', () => {
    const found = pipelineEvents('Une réunion extraordinaire du Conseil a été convoquée à Genève.', 'fr');
    expect(found.some((event) => event.startsWith('ACCUSE'))).toBe(false);
  });
});
