import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import { eventDyad, mainDyad, sameStory, type StoryFeatures } from './story-match.js';

function event(actor: string, recipient: string): EventRecord {
  return {
    id: 'v1',
    event: 'CONSULT',
    mode: [],
    context: [],
    sectors: [],
    cameo: '040',
    quad: 1,
    actor: [{ code: actor, entity: null, sector: null }],
    recipient: [{ code: recipient, entity: null, sector: null }],
    date: null,
    place: null,
    commitment: null,
    negated: false,
    hypothetical: false,
    evidence: { start: 0, end: 1 },
    cue: { start: 0, end: 1 },
    ruleId: 'test',
    confidence: 1,
  };
}

const base: StoryFeatures = {
  dyad: 'RUS-VNM',
  day: '2021-05-29',
  entityIds: [1, 2],
  eventTypes: ['CONSULT'],
};

describe('stories', () => {
  it('orders dyads and picks the main one', () => {
    expect(eventDyad(event('VNM', 'RUS'))).toBe('RUS-VNM');
    expect(eventDyad(event('VNM', 'VNM'))).toBeNull();
    const reciprocal = event('VNM', 'RUS');
    reciprocal.actor.push({ code: 'RUS', entity: null, sector: null });
    reciprocal.recipient.unshift({ code: 'VNM', entity: null, sector: null });
    expect(eventDyad(reciprocal)).toBe('RUS-VNM');
    expect(mainDyad([event('VNM', 'RUS'), event('USA', 'CHN'), event('RUS', 'VNM')])).toBe('RUS-VNM');
    expect(mainDyad([])).toBeNull();
  });

  it('groups close articles on the same dyad that share entities or event types', () => {
    expect(sameStory(base, { ...base, day: '2021-05-31', entityIds: [2] })).toBe(true);
    expect(sameStory(base, { ...base, entityIds: [], eventTypes: ['CONSULT'] })).toBe(true);
  });

  it('keeps apart other dyads, distant dates and unrelated content', () => {
    expect(sameStory(base, { ...base, dyad: 'CHN-VNM' })).toBe(false);
    expect(sameStory(base, { ...base, day: '2021-06-10' })).toBe(false);
    expect(sameStory(base, { ...base, day: null })).toBe(false);
    expect(sameStory(base, { ...base, entityIds: [3], eventTypes: ['AID'] })).toBe(false);
  });
});
