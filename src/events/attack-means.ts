import type { EventRecord } from '../records/article.js';

function codes(side: EventRecord['actor']): Set<string> {
  return new Set(side.map((party) => party.code));
}

/**
 * "Russia launched a massive missile and drone attack on Ukraine": the missiles a sentence says were
 * fired in an attack by the same actor on the same target are that attack's means, not a separate
 * show of force — the MOBILIZE (a launch, a firing) gives way to the ASSAULT of its sentence. A launch
 * with no attack beside it (a test) stays a MOBILIZE.
 */
export function launchesInAttacks(events: EventRecord[]): EventRecord[] {
  const attacks = events.filter(
    (event) => event.event === 'ASSAULT' && !event.negated && !event.hypothetical,
  );
  return events.filter((event) => {
    if (event.event !== 'MOBILIZE' || event.actor.length === 0) return true;
    const actors = codes(event.actor);
    const targets = codes(event.recipient);
    return !attacks.some(
      (attack) =>
        attack.evidence.start === event.evidence.start &&
        attack.actor.some((party) => actors.has(party.code)) &&
        (targets.size === 0 || attack.recipient.some((party) => targets.has(party.code))),
    );
  });
}
