import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import { eventsDataKind } from './events.js';
import { daysOf } from './events-agency.js';
import { mainEvent, ploverReading } from './events-gsr.js';

const event = (overrides: Partial<EventRecord>): EventRecord => ({
  id: 'v1',
  event: 'AGREE',
  mode: [],
  context: [],
  sectors: [],
  cameo: '030',
  quad: 1,
  actor: [],
  recipient: [],
  date: null,
  place: null,
  commitment: null,
  negated: false,
  hypothetical: false,
  evidence: { start: 0, end: 10 },
  cue: { start: 0, end: 5 },
  ruleId: 'en.agree.agreed',
  confidence: 0.9,
  ...overrides,
});

describe('events evaluation helpers', () => {
  it('lists the days an EDTF value names, none for months', () => {
    expect(daysOf('XXXX-05-29')).toEqual([[5, 29]]);
    expect(daysOf('[2022-03-30,2022-03-31]')).toEqual([
      [3, 30],
      [3, 31],
    ]);
    expect(daysOf('XXXX-08')).toEqual([]);
    expect(daysOf(null)).toEqual([]);
  });

  it('scores the first cue of a GSR sentence, a negated cooperative event as REJECT', () => {
    const later = event({ cue: { start: 20, end: 25 }, event: 'ASSAULT', quad: 4 });
    const first = event({ cue: { start: 3, end: 8 } });
    expect(mainEvent([later, first])).toBe(first);
    expect(mainEvent([])).toBeNull();
    expect(ploverReading(event({ negated: true }))).toBe('REJECT');
    expect(ploverReading(event({ negated: true, event: 'ASSAULT', quad: 4 }))).toBe('ASSAULT');
  });

  it('recognises the gold format of a data file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-events-'));
    const write = (name: string, line: string): string => {
      writeFileSync(join(dir, name), `${line}\n`);
      return join(dir, name);
    };
    expect(eventsDataKind(write('gsr.jsonl', '{"event_type":"AGREE"}'))).toBe('gsr');
    expect(eventsDataKind(write('agency.jsonl', '{"events":[]}'))).toBe('agency');
    expect(
      eventsDataKind(write('negative.jsonl', '{"id":"n1","lang":"en","sense":"sport","text":"x"}')),
    ).toBe('negative');
    expect(eventsDataKind(write('other.jsonl', 'not json'))).toBeNull();
  });
});
