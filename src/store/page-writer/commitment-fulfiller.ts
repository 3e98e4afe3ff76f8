import {
  FULFILMENT_HORIZON_DAYS,
  fulfillingEventTypes,
  fulfilmentRule,
  kindsFulfilledBy,
  type FulfilmentCandidate,
  type StoredCommitment,
} from '../../dedupe/commitment-match.js';
import { dayWindow } from './day-window.js';
import type { PageStorage } from './page-storage.js';

/** Day, then article and event id in byte order: the order fulfilling events are tried in. */
function eventOrder(x: FulfilmentCandidate, y: FulfilmentCandidate): number {
  const key = (row: FulfilmentCandidate) => [row.day ?? '', row.articleId, row.eventId];
  const [a, b] = [key(x), key(y)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function dyadOf(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/**
 * Marks commitments fulfilled by matching events (`data/commitments/`), in either storage order:
 * a new commitment looks for later events already stored, a new event for open commitments.
 */
export class CommitmentFulfiller {
  constructor(private readonly storage: PageStorage) {}

  /** A new open commitment (event `eventId`): fulfil it by the earliest matching stored event. */
  async fulfilNewCommitment(commitment: StoredCommitment, eventId: string): Promise<void> {
    // Only a dated commitment can be shown to come before its fulfilment (dedupe/commitment-match.ts).
    if (!commitment.by || !commitment.to || !commitment.statedDay) return;
    const dyad = dyadOf(commitment.by, commitment.to);
    const window = dayWindow(commitment.statedDay, 0, FULFILMENT_HORIZON_DAYS);
    // The earliest fulfilling event of each type; the earliest of those wins.
    let first: { candidate: FulfilmentCandidate; rule: string } | null = null;
    for (const type of fulfillingEventTypes(commitment.kind)) {
      for (const candidate of await this.storage.fulfillingEvents(dyad, type, window)) {
        const rule = fulfilmentRule(commitment, candidate);
        if (!rule) continue;
        if (!first || eventOrder(candidate, first.candidate) < 0) first = { candidate, rule };
        break;
      }
    }
    if (first) {
      const { articleId, eventId: byEvent } = first.candidate;
      await this.storage.fulfil(
        first.rule,
        { articleId, eventId: byEvent },
        { articleId: commitment.articleId, eventId },
      );
    }
  }

  /** A new asserted event: fulfil the open commitments it matches. */
  async fulfilByEvent(candidate: FulfilmentCandidate): Promise<void> {
    const actor = candidate.actorCodes[0];
    const recipient = candidate.recipientCodes[0];
    const kinds = kindsFulfilledBy(candidate.event);
    if (!actor || !recipient || actor === recipient || kinds.length === 0 || !candidate.day) return;
    const window = dayWindow(candidate.day, FULFILMENT_HORIZON_DAYS, 0);
    for (const open of await this.storage.openCommitments(dyadOf(actor, recipient), kinds, window)) {
      const rule = fulfilmentRule(open, candidate);
      if (rule) {
        await this.storage.fulfil(
          rule,
          { articleId: candidate.articleId, eventId: candidate.eventId },
          { articleId: open.articleId, eventId: open.eventId },
        );
      }
    }
  }
}
