import { describe, expect, it } from 'vitest';
import { loadFrames } from './event-frames.js';

describe('event frames (lang/<code>/event-frames.tsv)', () => {
  it('reads several arguments and prepositions in one row, and the `need` effect', () => {
    const strike = loadFrames('en').get('strike') ?? [];
    const aimed = strike.find((frame) => frame.event === 'ASSAULT' && frame.effect === 'need');
    expect(aimed?.arguments.map((argument) => [argument.kind, [...argument.prepositions]])).toEqual([
      ['obl', ['on', 'against']],
      ['patient', []],
      ['modifier', []],
    ]);
    expect(aimed?.actor).toBe(true);
    expect(aimed?.words.has('town')).toBe(true);
  });
});

describe('the `home` effect', () => {
  it('is read from the French frames for request verbs', () => {
    const ask = loadFrames('fr').get('demander') ?? [];
    const home = ask.find((frame) => frame.event === 'REQUEST' && frame.effect === 'home');
    expect(home?.arguments.map((argument) => argument.kind)).toEqual(['patient', 'obl']);
    expect(home?.words.has('localite')).toBe(true);
  });
});

describe('the `prospective` class', () => {
  it('is a keyword, not a word class, with the auxiliary forms its row names', () => {
    const assure = (loadFrames('fr').get('assurer') ?? []).find((frame) => frame.event === 'AGREE');
    expect(assure?.prospective).toBe(true);
    expect(assure?.effect).toBe('need');
    expect(assure?.words.has('seraient')).toBe(true);
  });
});
