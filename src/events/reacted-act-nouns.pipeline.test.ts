import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a judgement of an extension, a ban or an embargo told before (whole pipeline)', () => {
  it('is aimed at whoever did the act, not at the article’s other party', () => {
    const found = pipelineEvents(
      'The UN Security Council on Friday extended the arms embargo on Mali for another year. France voted for the text, the French mission said. Mali rejected the extension.',
      'en',
    );
    expect(found).toContain('REJECT MLI>IGO');
    expect(found).not.toContain('REJECT MLI>FRA');
  });
});

describe('a judgement of an act noun that is itself a cue (whole pipeline)', () => {
  it('is aimed at the author of the latest act of that kind, not of a later act of another kind', () => {
    const found = pipelineEvents(
      [
        'Lima (VNA) – Des soldats boliviens ont attaqué un poste frontière péruvien le 3 mai.',
        'Le Pérou a accordé le 4 mai une aide humanitaire à la Bolivie après des inondations.',
        "Plusieurs pays de la région, dont l'Argentine et le Chili, ont condamné l'incursion.",
      ].join('\n\n'),
      'fr',
    );
    expect(found.some((event) => event.startsWith('ACCUSE') && event.endsWith('>BOL'))).toBe(true);
    expect(found.some((event) => event.startsWith('ACCUSE') && event.endsWith('>PER'))).toBe(false);
  });
});
