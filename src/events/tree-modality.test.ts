import { describe, expect, it } from 'vitest';
import { coded, country, summary } from './test-support/coded-trees.js';

describe('negation and modality from the tree', () => {
  it('negates a cue whose object is negated ("summoned no envoy")', () => {
    const { events } = coded('en', ['summoned-no-envoy'], [country('Japan', 'JPN')]);
    expect(events.map((event) => [event.event, event.negated])).toEqual([['ACCUSE', true]]);
  });

  it('does not negate a cue for the negation of another verb', () => {
    const { events } = coded(
      'en',
      ['negation-of-another-verb'],
      [country('Vietnam', 'VNM'), country('China', 'CHN')],
    );
    expect(events.map((event) => `${summary(event)} ${event.negated}`)).toEqual(['ACCUSE VNM>CHN false']);
  });

  it('negates "n\'a pas rencontré"', () => {
    const { events } = coded(
      'fr',
      ['negated-meeting'],
      [country('vietnamien', 'VNM'), country('chinois', 'CHN')],
    );
    expect(events.map((event) => `${summary(event)} ${event.negated}`)).toEqual(['CONSULT VNM>CHN true']);
  });

  it('makes planned talks, future meetings and a modal signing hypothetical', () => {
    const planned = coded(
      'fr',
      ['talks-planned'],
      [country('Vietnam', 'VNM'), country('Chine', 'CHN')],
    ).events;
    expect(planned.map((event) => [event.event, event.hypothetical])).toEqual([['CONSULT', true]]);
    const plannedEn = coded('en', ['talks-planned'], [country('China', 'CHN')]).events;
    expect(plannedEn.map((event) => [event.event, event.hypothetical])).toEqual([['CONSULT', true]]);
    const future = coded(
      'en',
      ['march-in-a-date'],
      [country('Japan', 'JPN'), country('China', 'CHN')],
      [{ text: 'March 21', value: 'XXXX-03-21' }],
    ).events;
    expect(future[0]?.hypothetical).toBe(true);
    const modal = coded(
      'fr',
      ['modal-signing'],
      [country('Vietnam', 'VNM'), country('Canada', 'CAN')],
    ).events;
    expect(modal.map((event) => `${summary(event)} ${event.hypothetical}`)).toEqual(['AGREE VNM>CAN true']);
  });
});
