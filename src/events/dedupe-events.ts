import type { EventRecord } from '../records/article.js';

/** Types whose two sides are interchangeable when deciding whether two statements are one event. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function codes(side: EventRecord['actor']): string {
  return side.map((actor) => actor.code).sort().join(',');
}

function identity(event: EventRecord): string {
  const participants = SYMMETRIC.has(event.event)
    ? [...new Set([...event.actor, ...event.recipient].map((actor) => actor.code))].sort().join(',')
    : `${codes(event.actor)}>${codes(event.recipient)}`;
  const kind = event.event === 'CONSULT' ? '' : `${event.cameo}/${event.commitment?.kind ?? ''}`;
  return `${event.event}|${kind}|${participants}|${event.negated}|${event.hypothetical}`;
}

/**
 * One event per statement: an event repeated in another block (title, lead, body) — or any CONSULT
 * between the same parties — merges into its earliest mention, which keeps its evidence and takes
 * the date, place and commitment a later mention adds.
 */
export function dedupeEvents(events: EventRecord[], blockOf: (offset: number) => number): EventRecord[] {
  const kept: EventRecord[] = [];
  const firstByIdentity = new Map<string, EventRecord>();
  for (const event of events) {
    const key = identity(event);
    const earlier = firstByIdentity.get(key);
    const hasParticipants = event.actor.length > 0 || event.recipient.length > 0;
    const sameBlock = earlier !== undefined && blockOf(earlier.evidence.start) === blockOf(event.evidence.start);
    if (earlier && hasParticipants && (event.event === 'CONSULT' || !sameBlock)) {
      earlier.date ??= event.date;
      if (earlier.date && earlier.date.value === null && event.date?.value) earlier.date = event.date;
      earlier.place ??= event.place;
      earlier.commitment ??= event.commitment;
      earlier.mode = [...new Set([...earlier.mode, ...event.mode])].sort();
      continue;
    }
    if (!earlier) firstByIdentity.set(key, event);
    kept.push(event);
  }
  return kept;
}
