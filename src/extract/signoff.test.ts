import { describe, expect, it } from 'vitest';
import { splitBodySignoff } from './signoff.js';

describe('splitBodySignoff', () => {
  it('takes the sign-off off the last paragraph', () => {
    expect(splitBodySignoff(['Un.', 'Deux au Vietnam. -VNA'])).toEqual({
      body: ['Un.', 'Deux au Vietnam.'],
      signoff: 'VNA',
    });
    expect(splitBodySignoff(['The talks ended. (AFP)'])).toEqual({
      body: ['The talks ended.'],
      signoff: 'AFP',
    });
    expect(splitBodySignoff(['Fin. – VNA/VI'])).toEqual({ body: ['Fin.'], signoff: 'VNA/VI' });
  });

  it('drops a paragraph that is only the sign-off', () => {
    expect(splitBodySignoff(['Fin de la visite.', '– VNA'])).toEqual({
      body: ['Fin de la visite.'],
      signoff: 'VNA',
    });
  });

  it('leaves prose that merely names an agency', () => {
    expect(splitBodySignoff(['Le porte-parole a parlé à la VNA'])).toEqual({
      body: ['Le porte-parole a parlé à la VNA'],
      signoff: null,
    });
    expect(splitBodySignoff([])).toEqual({ body: [], signoff: null });
  });
});
