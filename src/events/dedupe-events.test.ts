import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import {
  arrivalsOfVisits,
  dedupeEvents,
  discussionsOfMeetings,
  meetingsDuringVisit,
} from './dedupe-events.js';
import { eventRecord } from './test-support/event-record.js';

/** An event between two states, told by the sentence starting at `sentence`. */
function event(type: EventRecord['event'], cameo: string, sentence: number, cue: number): EventRecord {
  return eventRecord({
    event: type,
    cameo,
    cueAt: cue,
    evidence: { start: sentence, end: sentence + 80 },
    ruleId: `fr.accuse.${cameo}`,
  });
}

const inBlock = (offset: number): number => Math.floor(offset / 1000);
const dedupe = (events: EventRecord[]): EventRecord[] =>
  dedupeEvents(
    events,
    inBlock,
    (e) => String(e.cue.start),
    () => false,
  );

describe('dedupeEvents', () => {
  it('keeps one act of a type between the same sides per sentence, whatever the CAMEO shade of each word', () => {
    // "condamne les agissements de la Russie et l'accuse de violer le droit": one accusation.
    const kept = dedupe([event('ACCUSE', '111', 5000, 5003), event('ACCUSE', '112', 5000, 5040)]);
    expect(kept.map((e) => e.id)).toEqual(['e5003']);
  });

  it('keeps one stance of a paragraph between the same sides, but two requests and a stance of another type', () => {
    const kept = dedupe([
      event('ACCUSE', '111', 5000, 5003),
      event('ACCUSE', '112', 5100, 5140),
      event('REJECT', '120', 5100, 5160),
      event('REQUEST', '100', 5000, 5020),
      event('REQUEST', '100', 5100, 5120),
      event('ACCUSE', '111', 6000, 6010),
    ]);
    expect(kept.map((e) => e.id)).toEqual(['e5003', 'e5160', 'e5020', 'e5120', 'e6010']);
  });
});

describe('a restatement in a later paragraph', () => {
  const words = new Map([
    [5003, 'preoccupation'],
    [6010, 'preoccupe par'],
    [7010, 'condamne'],
  ]);
  const byWords = (events: EventRecord[]): EventRecord[] =>
    dedupeEvents(
      events,
      inBlock,
      (e) => words.get(e.cue.start) ?? '',
      () => false,
    );

  it('merges into the first statement when its cue is of the same word family', () => {
    const kept = byWords([event('ACCUSE', '111', 5000, 5003), event('ACCUSE', '111', 6000, 6010)]);
    expect(kept.map((e) => e.id)).toEqual(['e5003']);
  });

  it('stays apart when its cue is another word', () => {
    const kept = byWords([event('ACCUSE', '111', 5000, 5003), event('ACCUSE', '111', 7000, 7010)]);
    expect(kept.map((e) => e.id)).toEqual(['e5003', 'e7010']);
  });
});

describe('a visit told after talks between its parties', () => {
  const consult = (mode: string[], sentence: number, date: string | null): EventRecord => ({
    ...event('CONSULT', mode.length ? '042' : '040', sentence, sentence + 3),
    mode,
    date: date === null ? null : { text: date, value: date },
  });

  it('is the trip the talks were part of when it is undated or its days cover theirs', () => {
    // "X s'est entretenu avec Y le 7 mai." … "Y, qui est en visite au Vietnam du 6 au 8 mai, …"
    const talks = consult([], 0, 'XXXX-05-07');
    const kept = dedupe([talks, consult(['visit'], 5000, 'XXXX-05-06/XXXX-05-08')]);
    expect(kept.map((e) => `${e.id} ${e.mode.join(',')}`)).toEqual(['e3 visit']);
    expect(dedupe([consult([], 0, null), consult(['visit'], 5000, null)])).toHaveLength(1);
  });

  it('stays an event of its own on another day (an arrival the day before)', () => {
    const kept = dedupe([consult([], 0, 'XXXX-05-07'), consult(['visit'], 5000, 'XXXX-05-06')]);
    expect(kept).toHaveLength(2);
  });
});

describe('meetingsDuringVisit', () => {
  const consult = (
    id: string,
    mode: string[],
    actor: string,
    recipient: string,
    sentence: number,
  ): EventRecord => ({
    ...event('CONSULT', '040', sentence, sentence + 3),
    id,
    mode,
    actor: [{ code: actor, entity: null, sector: null }],
    recipient: [{ code: recipient, entity: null, sector: null }],
  });

  it('gives talks between the parties of a visit the mode visit', () => {
    const kept = meetingsDuringVisit([
      consult('v', ['visit'], 'CHL', 'PER', 0),
      consult('t', [], 'PER', 'CHL', 2000),
    ]);
    expect(kept.map((e) => `${e.id} ${e.mode.join(',')}`)).toEqual(['v visit', 't visit']);
  });

  it('lets talks told in the same sentence as the visit tell it', () => {
    const kept = meetingsDuringVisit([
      consult('v', ['visit'], 'CHL', 'PER', 0),
      consult('t', [], 'PER', 'CHL', 0),
    ]);
    // The visit gives the encounter its direction: the visitor comes to the host.
    expect(
      kept.map((e) => `${e.id} ${e.mode.join(',')} ${e.actor[0]!.code}>${e.recipient[0]!.code}`),
    ).toEqual(['t visit CHL>PER']);
  });
});

describe('arrivalsOfVisits', () => {
  const visit = (sentence: number, reversed = false): EventRecord => {
    const e = { ...event('CONSULT', '042', sentence, sentence + 10), mode: ['visit'] };
    return reversed ? { ...e, actor: e.recipient, recipient: e.actor } : e;
  };
  const atAirport = (sentence: number) => (e: EventRecord) => e.evidence.start === sentence;

  it('makes a welcome at the arrival after a visit between the same parties that visit, giving it its date', () => {
    const opened = visit(0);
    const welcome = { ...visit(100, true), date: { text: 'le 3 avril', value: '2024-04-03' } };
    const kept = arrivalsOfVisits([opened, welcome], atAirport(100));
    expect(kept).toEqual([opened]);
    expect(kept[0]!.date?.value).toBe('2024-04-03');
  });

  it('keeps a welcome at the arrival when no visit was told before it, and a welcome elsewhere', () => {
    expect(arrivalsOfVisits([visit(0, true)], atAirport(0))).toHaveLength(1);
    expect(arrivalsOfVisits([visit(0), visit(100, true)], atAirport(300))).toHaveLength(2);
  });
});

describe('discussionsOfMeetings', () => {
  const meeting = (sentence: number, day: string | null): EventRecord => ({
    ...event('CONSULT', '040', sentence, sentence + 10),
    date: day ? { text: day, value: day } : null,
  });
  const talks = meeting(0, '2024-05-05');

  it('makes what the parties discussed that day the meeting told before it', () => {
    const discussed = meeting(100, '2024-05-05');
    expect(
      discussionsOfMeetings(
        [talks, discussed],
        (e) => e === discussed,
        () => false,
      ),
    ).toEqual([talks]);
  });

  it('keeps a discussion told alone, on another day, or before any meeting', () => {
    const alone = meeting(100, null);
    expect(
      discussionsOfMeetings(
        [alone],
        () => true,
        () => false,
      ),
    ).toEqual([alone]);
    const later = meeting(100, '2024-05-09');
    expect(
      discussionsOfMeetings(
        [talks, later],
        (e) => e === later,
        () => false,
      ),
    ).toHaveLength(2);
  });
});
