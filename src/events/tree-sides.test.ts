import { describe, expect, it } from 'vitest';
import { coded, country, cueText, person, summary } from './test-support/coded-trees.js';

describe('event sides from the dependency tree', () => {
  it('takes the agent of a passive as actor and never a source ("selon la porte-parole")', () => {
    const { events } = coded(
      'fr',
      ['passive-agent-source'],
      [person('Nguyen Thi Lan', 'VNM'), country('vietnamien', 'VNM'), country('chinois', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['COERCE CHN>VNM']);
  });

  it('gives an accepted invitation to the acceptor, the inviter receiving', () => {
    const { record, events } = coded(
      'fr',
      ['invitation-accepted'],
      [person('Vladimir Poutine', 'RUS'), country('russe', 'RUS'), country('vietnamien', 'VNM')],
    );
    const accepted = events.find((event) => cueText(record, event) === 'acceptée');
    expect(accepted && summary(accepted)).toBe('AGREE VNM>RUS');
  });

  it('gives an announced aid to the announcer, the country named under its receivers receiving', () => {
    const { events } = coded(
      'fr',
      ['aid-announced-to-victims'],
      [country('France', 'FRA'), country('Vietnam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['AID FRA>VNM']);
  });

  it('codes a donation received from a country as given by it, with no meeting', () => {
    const { events } = coded(
      'fr',
      ['donation-received'],
      [country('Laos', 'LAO'), country('Vietnam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['AID VNM>LAO']);
  });

  it('reads a control verb as one request: the addressee receives, the embedded act is its object', () => {
    const { events } = coded('fr', ['object-control'], [country('Japon', 'JPN'), country('Chine', 'CHN')]);
    expect(events.map(summary)).toEqual(['REQUEST JPN>CHN']);
    expect(events[0]!.commitment?.what).toBe('cesser ses activités dans la zone');
  });

  it("codes a participial clause beside a request as the subject's own act, wherever it hangs", () => {
    const { events } = coded(
      'fr',
      ['participle-aside'],
      [country('Vietnam', 'VNM'), country('États-Unis', 'USA'), country('américaine', 'USA')],
    );
    expect(events.map(summary)).toEqual(['REQUEST VNM>USA', 'ACCUSE VNM>USA']);
  });

  it('takes a postposed speaker as the requester, not the subject of the reported clause', () => {
    const { events } = coded(
      'fr',
      ['postposed-speaker'],
      [country('Chine', 'CHN'), country('japonais', 'JPN')],
    );
    const request = events.find((event) => event.event === 'REQUEST');
    expect(request && summary(request)).toBe('REQUEST JPN>CHN');
    const release = events.find((event) => event.event === 'CONCEDE');
    expect(release?.hypothetical).toBe(true);
  });

  it('lists coordinated subjects on both sides of a reciprocal meeting', () => {
    const { events } = coded(
      'fr',
      ['coordinated-subjects'],
      [
        person('Xi Jinping', 'CHN'),
        person('Tô Lâm', 'VNM'),
        { type: 'place', name: 'Pékin', country: 'CHN' },
      ],
    );
    expect(events.map(summary)).toEqual(['CONSULT CHN,VNM>CHN,VNM']);
  });

  it('expands a coordination inside the subject phrase into one event with every actor', () => {
    const { events } = coded(
      'en',
      ['coordination-inside-subject'],
      [country('Laos', 'LAO'), country('Cambodia', 'KHM'), country('Cuba', 'CUB'), person('To Lam', 'VNM')],
    );
    expect(events.map(summary)).toEqual(['SUPPORT LAO,KHM,CUB>VNM']);
  });

  it('takes a noun cue\'s possessor as its actor ("Turkey\'s appeal")', () => {
    const { events } = coded(
      'en',
      ['possessor-noun-cue'],
      [country('Turkey', 'TUR'), { type: 'organization', name: 'European Union', country: 'IGO' }],
    );
    expect(events.map(summary)).toEqual(['REQUEST TUR>IGO']);
  });

  it('reads "à l\'invitation de X" as X inviting, the visitor visiting the host', () => {
    const { events } = coded(
      'fr',
      ['at-the-invitation-of'],
      [person('Xi Jinping', 'CHN'), country('vietnamien', 'VNM'), country('Chine', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>CHN']);
    expect(events[0]!.mode).toContain('visit');
  });

  it('resolves "il" to the subject of the previous sentence', () => {
    const { events } = coded(
      'fr',
      ['anaphora-host', 'anaphora-il'],
      [person('Vo Van An', 'VNM'), country('Japon', 'JPN')],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>JPN', 'SUPPORT VNM>JPN']);
  });

  it('resolves "il" in a reported clause to the speaker of the same sentence first', () => {
    const { events } = coded(
      'fr',
      ['anaphora-host', 'pronoun-in-reported-clause'],
      [
        person('Vo Van An', 'VNM'),
        country('Japon', 'JPN'),
        person('Sergueï Lavrov', 'RUS'),
        country('russe', 'RUS'),
        country('vietnamien', 'VNM'),
      ],
    );
    expect(events.map(summary)).toEqual(['CONSULT VNM>JPN', 'CONSULT RUS>VNM']);
  });

  it('takes "par X" as the agent of a noun whose "de" complement undergoes it', () => {
    const { events } = coded('fr', ['agent-of-a-patient-noun'], [country('Chine', 'CHN')]);
    expect(events.map(summary)).toEqual(['RETREAT CHN>']);
  });

  it('takes the passive agent in English too', () => {
    const { events } = coded(
      'en',
      ['passive-agent'],
      [country('Vietnamese', 'VNM'), country('Chinese', 'CHN')],
    );
    expect(events.map(summary)).toEqual(['COERCE CHN>VNM']);
  });
});
