import type { EventRecord } from '../../records/article.js';

/**
 * An event record for unit tests: a VNM→RUS ACCUSE told by the sentence at offset 0, with whatever
 * `fields` change; the cue spans five characters from `cue`.
 */
export function eventRecord(fields: Partial<EventRecord> & { cueAt?: number } = {}): EventRecord {
  const { cueAt = 0, ...rest } = fields;
  return {
    id: `e${cueAt}`,
    event: 'ACCUSE',
    mode: [],
    context: [],
    sectors: [],
    cameo: '111',
    quad: 4,
    actor: [{ code: 'VNM', entity: 'e1', sector: null }],
    recipient: [{ code: 'RUS', entity: 'e2', sector: null }],
    date: null,
    place: null,
    commitment: null,
    negated: false,
    hypothetical: false,
    evidence: { start: 0, end: 80 },
    cue: { start: cueAt, end: cueAt + 5 },
    ruleId: 'fr.accuse.111',
    confidence: 0.8,
    ...rest,
  };
}
