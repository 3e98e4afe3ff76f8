import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import { launchesInAttacks } from './attack-means.js';
import { pipelineEvents } from './test-support/pipeline-events.js';

/** An event from `actor` to `target`, told by the sentence starting at `sentence`. */
function event(type: EventRecord['event'], actor: string, target: string, sentence: number): EventRecord {
  return {
    id: `${type}${sentence}`,
    event: type,
    mode: [],
    context: [],
    sectors: [],
    cameo: type === 'MOBILIZE' ? '150' : '190',
    quad: 4,
    actor: [{ code: actor, entity: null, sector: null }],
    recipient: target ? [{ code: target, entity: null, sector: null }] : [],
    date: null,
    place: null,
    commitment: null,
    negated: false,
    hypothetical: false,
    evidence: { start: sentence, end: sentence + 80 },
    cue: { start: sentence + 5, end: sentence + 10 },
    ruleId: 'en.test',
    confidence: 0.8,
  };
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
