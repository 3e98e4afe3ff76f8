import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { DateGrain } from '../../records/article.js';

// chrono results carry free-form tags; Entente's rule id, grain and set kind travel in them
// so that refiners can merge results without losing why each one was produced.
const RULE_PREFIX = 'entente/rule:';
const GRAIN_PREFIX = 'entente/grain:';
const ONE_OF_TAG = 'entente/one-of';
const DAY_OFFSET_PREFIX = 'entente/day-offset:';
const EVENT_DAY_PREFIX = 'entente/event-day:';
const UNKNOWN_DISTANCE = 'unknown';

type Tagged = ParsingResult | ParsingComponents;

/** Mark a chrono result or component set with the Entente rule that produced it and its grain. */
export function tagRule<T extends Tagged>(target: T, ruleId: string, grain?: DateGrain): T {
  target.addTag(`${RULE_PREFIX}${ruleId}`);
  if (grain) target.addTag(`${GRAIN_PREFIX}${grain}`);
  return target;
}

/** Mark a result whose start and end are alternatives ("juillet ou août"), not a range. */
export function tagOneOf(result: ParsingResult): ParsingResult {
  result.addTag(ONE_OF_TAG);
  return result;
}

function lastTagWithPrefix(tags: Set<string>, prefix: string): string | null {
  let found: string | null = null;
  for (const tag of tags) if (tag.startsWith(prefix)) found = tag.slice(prefix.length);
  return found;
}

/** The Entente rule id recorded on a result, if any. */
export function ruleOf(tags: Set<string>): string | null {
  return lastTagWithPrefix(tags, RULE_PREFIX);
}

/** The grain recorded on a result, if any. */
export function grainOf(tags: Set<string>): DateGrain | null {
  return lastTagWithPrefix(tags, GRAIN_PREFIX) as DateGrain | null;
}

/** Mark a result as a day told from the text's previous day, `days` away from it ("le lendemain": 1). */
export function tagDayOffset<T extends Tagged>(target: T, days: number): T {
  target.addTag(`${DAY_OFFSET_PREFIX}${days}`);
  return target;
}

/** The distance from the text's previous day recorded on a result, or null for any other date. */
export function dayOffsetOf(tags: Set<string>): number | null {
  const offset = lastTagWithPrefix(tags, DAY_OFFSET_PREFIX);
  return offset === null ? null : Number(offset);
}

/** Mark a result as a day told from a named event, `days` away from its day, or an unsaid distance (null). */
export function tagEventDay<T extends Tagged>(target: T, days: number | null): T {
  target.addTag(`${EVENT_DAY_PREFIX}${days ?? UNKNOWN_DISTANCE}`);
  return target;
}

/** A day told from a named event ("la veille du sommet"): its distance in days (null when unsaid); else undefined. */
export function eventDayOf(tags: Set<string>): number | null | undefined {
  const offset = lastTagWithPrefix(tags, EVENT_DAY_PREFIX);
  if (offset === null) return undefined;
  return offset === UNKNOWN_DISTANCE ? null : Number(offset);
}

/** Whether the result lists alternatives rather than a range. */
export function isOneOf(tags: Set<string>): boolean {
  return tags.has(ONE_OF_TAG);
}

/** Whether an Entente parser (not a stock chrono one) produced the result. */
export function isEntenteResult(tags: Set<string>): boolean {
  for (const tag of tags) if (tag.startsWith(RULE_PREFIX) && !tag.includes('.chrono.')) return true;
  return false;
}
