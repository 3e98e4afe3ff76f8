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
  genericWords: string[];
}

interface CountryData {
  countries: Array<{
    names: Record<string, string[]>;
    demonyms: Record<string, string[]>;
    capitals: Record<string, string[]>;
  }>;
}

const readData = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const DATA = readData<RuleData>('../../data/commitments/fulfilment-rules.json');
// Stems of this length make "vaccins" meet "vaccines" and "livraison" meet "livraisons".
const STEM_LENGTH = 5;
const stemOf = (word: string): string => foldWord(word).slice(0, STEM_LENGTH);

/** Stems that never identify what was committed: stop and generic words, countries, demonyms, capitals. */
const NOT_OBJECT_STEMS: ReadonlySet<string> = (() => {
  const words = [...DATA.stopWords, ...DATA.genericWords];
  for (const country of readData<CountryData>('../../data/gazetteer/countries.json').countries) {
    for (const group of [country.names, country.demonyms, country.capitals]) {
      for (const labels of Object.values(group))
        words.push(...labels.flatMap((label) => label.split(/[\s'’-]+/u)));
    }
  }
  return new Set(words.filter((word) => word.length >= 4).map(stemOf));
})();

/**
 * Stems of the content words of a phrase: folded and cut to a common prefix length; short words,
 * stop and generic words, country names, demonyms and capitals dropped; with `namesToo`, capitalised
 * words (proper names: "Spoutnik", "Mékong") are dropped as well.
 */
export function objectStems(text: string, namesToo = false): Set<string> {
  const stems = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 4 || (namesToo && /^\p{Lu}/u.test(word))) continue;
    const stem = stemOf(word);
    if (!NOT_OBJECT_STEMS.has(stem)) stems.add(stem);
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
  const wanted = objectStems(c.what, true);
  const offered = offeredStems(e);
  for (const stem of wanted) if (offered.has(stem)) return true;
  return false;
}

/**
 * The event must be shown to come after the commitment: both dated, the event on a later day, in
 * another article. Without dates nothing says which came first, so nothing is fulfilled.
 */
function isLater(c: StoredCommitment, e: FulfilmentCandidate): boolean {
  if (e.articleId === c.articleId || !c.statedDay || !e.day) return false;
  return e.day > c.statedDay;
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
