import { describe, expect, it } from 'vitest';
import type { SyntaxLanguage } from '../syntax/types.js';
import type { FixtureEntity } from './fixture-record.js';
import { coded, country, summary } from './test-support/coded-trees.js';

describe('cue senses from their arguments (lang/<code>/event-frames.tsv)', () => {
  const types = (language: SyntaxLanguage, id: string, entities: FixtureEntity[] = []): string[] =>
    coded(language, [id], entities).events.map((event) => event.event);

  it('reads no attack in a fight against a disease', () => {
    expect(types('fr', 'combat-disease')).not.toContain('ASSAULT');
  });

  it('reads no ramming in "aborder des questions"', () => {
    expect(types('fr', 'aborder-question')).not.toContain('ASSAULT');
  });

  it('reads no meeting in "les difficultés rencontrées"', () => {
    expect(
      types('fr', 'difficulties-met', [country('vietnamiennes', 'VNM'), country('Russie', 'RUS')]),
    ).not.toContain('CONSULT');
  });

  it('reads a mobilisation in deployed vessels, not in deployed efforts', () => {
    expect(types('fr', 'efforts-deployed')).not.toContain('MOBILIZE');
    expect(types('fr', 'vessels-deployed', [country('Chine', 'CHN')])).toEqual(['MOBILIZE']);
  });

  it('reads no threat in "threaten stability"', () => {
    expect(types('en', 'threaten-stability')).not.toContain('THREATEN');
  });

  it('reads a missile strike as an attack, not a walkout', () => {
    const { events } = coded('en', ['missile-strike'], [country('Russian', 'RUS')]);
    expect(events.map(summary)).toEqual(['ASSAULT RUS>']);
  });

  it('reads a vow of countermeasures as a threat, not a promise', () => {
    const { events } = coded(
      'en',
      ['vowed-countermeasures'],
      [
        { type: 'place', name: 'Beijing', country: 'CHN' },
        { type: 'place', name: 'Washington', country: 'USA' },
      ],
    );
    expect(events.map((event) => event.event)).toEqual(['THREATEN']);
    expect(events[0]!.commitment).toBeNull();
  });

  it('reads no march in a date ("on March 21")', () => {
    const { events } = coded(
      'en',
      ['march-in-a-date'],
      [country('Japan', 'JPN'), country('China', 'CHN')],
      [{ text: 'March 21', value: 'XXXX-03-21' }],
    );
    expect(events.map((event) => event.event)).toEqual(['CONSULT']);
  });

  it('codes no event without any side (a cue word in another sense)', () => {
    expect(types('fr', 'aborder-question')).toEqual([]);
    expect(types('en', 'threaten-stability')).toEqual([]);
  });
});
