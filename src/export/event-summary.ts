import type { Commitment, EventRecord } from '../records/article.js';
import type { EventRow } from '../store/article-store.js';
import { namedSide, type NamedActor } from './event-sides.js';

/** One event as a compact result row: who did what to whom, when, how sure, and where it is said. */
export interface EventSummary {
  articleId: string;
  eventId: string;
  title: string | null;
  published: string | null;
  uri: string;
  /** The event's own date (EDTF), else the article's publication date. */
  date: string | null;
  event: EventRecord['event'];
  cameo: string;
  quad: EventRecord['quad'];
  mode: string[];
  context: string[];
  sectors: string[];
  actor: NamedActor[];
  recipient: NamedActor[];
  confidence: number;
  ruleId: string;
  negated: boolean;
  hypothetical: boolean;
  commitment: Pick<Commitment, 'kind' | 'status' | 'what'> | null;
  evidence: string;
  cue: string;
}

/** The compact row of a stored event (no article record). */
export function summarizeEvent(row: EventRow): EventSummary {
  const { record, event } = row;
  return {
    articleId: row.articleId,
    eventId: event.id,
    title: row.title,
    published: row.published,
    uri: row.uri,
    date: event.date?.value ?? row.published,
    event: event.event,
    cameo: event.cameo,
    quad: event.quad,
    mode: event.mode,
    context: event.context,
    sectors: event.sectors,
    actor: namedSide(record, event.actor),
    recipient: namedSide(record, event.recipient),
    confidence: event.confidence,
    ruleId: event.ruleId,
    negated: event.negated,
    hypothetical: event.hypothetical,
    commitment: event.commitment
      ? { kind: event.commitment.kind, status: event.commitment.status, what: event.commitment.what }
      : null,
    evidence: row.evidenceText,
    cue: record.text.slice(event.cue.start, event.cue.end),
  };
}
