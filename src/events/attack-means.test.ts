import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import { launchesInAttacks } from './attack-means.js';
import { eventRecord } from './test-support/event-record.js';
import { pipelineEvents } from './test-support/pipeline-events.js';

/** An event from `actor` to `target`, told by the sentence starting at `sentence`. */
function event(type: EventRecord['event'], actor: string, target: string, sentence: number): EventRecord {
  return eventRecord({
    id: `${type}${sentence}`,
    event: type,
    actor: [{ code: actor, entity: null, sector: null }],
    recipient: target ? [{ code: target, entity: null, sector: null }] : [],
    evidence: { start: sentence, end: sentence + 80 },
  });
}

describe('launchesInAttacks', () => {
  it('drops the launch its sentence tells as the means of an attack by the same actor on the same target', () => {
    const kept = launchesInAttacks([event('MOBILIZE', 'RUS', 'UKR', 0), event('ASSAULT', 'RUS', 'UKR', 0)]);
    expect(kept.map((e) => e.event)).toEqual(['ASSAULT']);
    expect(
      launchesInAttacks([event('MOBILIZE', 'RUS', '', 0), event('ASSAULT', 'RUS', 'UKR', 0)]),
    ).toHaveLength(1);
  });

  it('keeps a launch told in another sentence, by another actor or with no attack', () => {
    expect(
      launchesInAttacks([event('MOBILIZE', 'RUS', 'UKR', 0), event('ASSAULT', 'RUS', 'UKR', 100)]),
    ).toHaveLength(2);
    expect(
      launchesInAttacks([event('MOBILIZE', 'PRK', 'JPN', 0), event('ASSAULT', 'RUS', 'UKR', 0)]),
    ).toHaveLength(2);
    expect(launchesInAttacks([event('MOBILIZE', 'PRK', '', 0)])).toHaveLength(1);
  });

  it('reads "launched a missile and drone attack" as one attack (whole pipeline)', () => {
    expect(
      pipelineEvents(
        "Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight.",
        'en',
      ),
    ).toEqual(['ASSAULT RUS>UKR']);
  });
});
