import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType, EventRecord, PloverType } from '../records/article.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import { eventsStage } from './events-stage.js';
import { fixtureRecord } from './fixture-record.js';

/** One sentence of the French test set (written for Entente; see fixtures/README.md). */
interface FrenchCase {
  text: string;
  event: PloverType;
  cameo: string;
  actor: string[] | null;
  recipient: string[] | null;
  mode?: string;
  negated?: boolean;
  hypothetical?: boolean;
  entities: Array<{ surface: string; type: EntityType; country: string }>;
}

const cases = readFileSync(new URL('./fixtures/fr-sentences.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as FrenchCase);

function firstEvent(item: FrenchCase): EventRecord | undefined {
  const entities = item.entities.map((e) => ({ type: e.type, name: e.surface, country: e.country }));
  const record = fixtureRecord(item.text, 'fr', entities);
  return eventsStage.run(record, new DiagnosticCollector()).events[0];
}

const codes = (side: EventRecord['actor'] | undefined): string[] => (side ?? []).map((a) => a.code).sort();

describe('French event sentences (fixtures/fr-sentences.jsonl)', () => {
  it('covers every PLOVER type with at least 60 sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.event)).size).toBe(16);
  });

  it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, item) => {
    const event = firstEvent(item);
    expect(event?.event).toBe(item.event);
    expect(event?.cameo).toBe(item.cameo);
    if (item.actor) expect(codes(event?.actor)).toEqual([...item.actor].sort());
    if (item.recipient) expect(codes(event?.recipient)).toEqual([...item.recipient].sort());
    if (item.mode) expect(event?.mode).toContain(item.mode);
    expect(event?.negated).toBe(item.negated ?? false);
    expect(event?.hypothetical).toBe(item.hypothetical ?? false);
  });
});
