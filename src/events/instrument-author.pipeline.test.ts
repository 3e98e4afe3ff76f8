import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a judgement of an instrument that names no party (whole pipeline)', () => {
  it('is aimed at the body that adopted the resolution, not at the judge itself', () => {
    const found = pipelineEvents(
      'The UN Security Council on Friday adopted a resolution extending the arms embargo on Libya. Russia criticised the resolution as one-sided.',
      'en',
    );
    expect(found).toContain('ACCUSE RUS>IGO');
    expect(found).not.toContain('ACCUSE RUS>RUS');
  });

  it('is aimed at the court that handed down the ruling', () => {
    const found = pipelineEvents(
      'The International Court of Justice on Monday ordered Israel to halt its offensive. South Africa welcomed the ruling.',
      'en',
    );
    expect(found).toContain('SUPPORT ZAF>IGO');
  });

  it('reads the adoption of a text as the instrument', () => {
    const found = pipelineEvents(
      "Le Conseil des gouverneurs de l'AIEA a adopté jeudi une résolution contre l'Iran. La Russie a dénoncé une résolution contre-productive. Les Etats-Unis ont salué l'adoption du texte.",
      'fr',
    );
    expect(found).toContain('ACCUSE RUS>IGO');
    expect(found).toContain('SUPPORT USA>IGO');
  });

  it('keeps a party the instrument’s phrase names', () => {
    const found = pipelineEvents(
      "L'Assemblée générale de l'ONU a adopté une résolution. Le Japon a salué la décision de la Chine de lever l'interdiction.",
      'fr',
    );
    expect(found.some((event) => event.startsWith('SUPPORT JPN>CHN'))).toBe(true);
  });
});
