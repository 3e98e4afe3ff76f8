import { readFileSync } from 'node:fs';
import { foldWord } from '../entities/fold.js';
import type { CommitmentKind, PloverType } from '../records/article.js';

/** An open commitment as the store keeps it. */
export interface StoredCommitment {
  kind: CommitmentKind;
  by: string | null;
  to: string | null;
  what: string | null;
  articleId: string;
  /** ISO day the commitment was stated (article date), when known. */
  statedDay: string | null;
}

/** A stored event seen as a possible fulfilment. */
export interface FulfilmentCandidate {
  event: PloverType;
  mode: string[];
  actorCodes: string[];
  recipientCodes: string[];
  sectors: string[];
  evidenceText: string;
  articleId: string;
  eventId: string;
  day: string | null;
  negated: boolean;
  hypothetical: boolean;
  isCommitment: boolean;
}

interface FulfilmentRule {
  ruleId: string;
  kind: CommitmentKind;
  events: PloverType[];
  modes: string[];
  direction: 'by-to' | 'to-by' | 'dyad';
  object: 'required' | 'ignored';
}

interface RuleData {
  rules: FulfilmentRule[];
  stopWords: string[];
}

const DATA = JSON.parse(
  readFileSync(new URL('../../data/commitments/fulfilment-rules.json', import.meta.url), 'utf8'),
) as RuleData;
const STOP_WORDS = new Set(DATA.stopWords);
// Stems of this length make "vaccins" meet "vaccines" and "livraison" meet "livraisons".
const STEM_LENGTH = 5;

/** Word stems of a phrase: folded, short and stop words dropped, cut to a common prefix length. */
export function objectStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const folded = foldWord(word);
    if (folded.length < 4 || STOP_WORDS.has(folded)) continue;
    stems.add(folded.slice(0, STEM_LENGTH));
  }
  return stems;
}

// One event is checked against many open commitments: stem its words once.
const OFFERED_STEMS = new WeakMap<FulfilmentCandidate, Set<string>>();

function offeredStems(e: FulfilmentCandidate): Set<string> {
  let stems = OFFERED_STEMS.get(e);
  if (!stems) {
    stems = objectStems(`${e.sectors.join(' ')} ${e.evidenceText}`);
    OFFERED_STEMS.set(e, stems);
  }
  return stems;
}

function directionHolds(rule: FulfilmentRule, c: StoredCommitment, e: FulfilmentCandidate): boolean {
  if (!c.by || !c.to) return false;
  const actorIs = (code: string) => e.actorCodes.includes(code);
  const recipientIs = (code: string) => e.recipientCodes.includes(code);
  if (rule.direction === 'by-to') return actorIs(c.by) && recipientIs(c.to);
  if (rule.direction === 'to-by') return actorIs(c.to) && recipientIs(c.by);
  return (actorIs(c.by) && recipientIs(c.to)) || (actorIs(c.to) && recipientIs(c.by));
}

function objectHolds(rule: FulfilmentRule, c: StoredCommitment, e: FulfilmentCandidate): boolean {
  if (rule.object === 'ignored') return true;
  if (!c.what) return false;
  const wanted = objectStems(c.what);
  const offered = offeredStems(e);
  for (const stem of wanted) if (offered.has(stem)) return true;
  return false;
}

/**
 * The event must be shown to come after the commitment: both dated and in order, or both undated
 * (then only the storage order says anything). A dated commitment is not fulfilled by an undated event.
 */
function isLater(c: StoredCommitment, e: FulfilmentCandidate): boolean {
  if (e.articleId === c.articleId) return false;
  if (c.statedDay && e.day) return e.day >= c.statedDay;
  return c.statedDay === null && e.day === null;
}

/** The id of the rule by which an event fulfils a commitment, or null when it does not. */
export function fulfilmentRule(c: StoredCommitment, e: FulfilmentCandidate): string | null {
  if (e.negated || e.hypothetical || e.isCommitment || !isLater(c, e)) return null;
  for (const rule of DATA.rules) {
    if (rule.kind !== c.kind || !rule.events.includes(e.event)) continue;
    if (rule.modes.length > 0 && !rule.modes.some((mode) => e.mode.includes(mode))) continue;
    if (directionHolds(rule, c, e) && objectHolds(rule, c, e)) return rule.ruleId;
  }
  return null;
}

/** How long after it was stated a commitment can still be fulfilled by a matching event. */
export const FULFILMENT_HORIZON_DAYS = 400;

/** Event types that can fulfil a commitment of this kind (to narrow store look-ups). */
export function fulfillingEventTypes(kind: CommitmentKind): PloverType[] {
  return [...new Set(DATA.rules.filter((rule) => rule.kind === kind).flatMap((rule) => rule.events))].sort();
}

/** Commitment kinds that an event of this type can fulfil. */
export function kindsFulfilledBy(event: PloverType): CommitmentKind[] {
  return [
    ...new Set(DATA.rules.filter((rule) => rule.events.includes(event)).map((rule) => rule.kind)),
  ].sort();
}

export const OVERDUE_RULE_ID = 'commitment.overdue.due-passed';

/** True when a commitment due by `dueDay` is overdue as of `asOfDay` (ISO days). */
export function isOverdue(dueDay: string | null, asOfDay: string | null): boolean {
  return dueDay !== null && asOfDay !== null && dueDay < asOfDay;
}
