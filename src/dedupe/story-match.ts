import type { EventRecord } from '../records/article.js';
import { daysBetween } from './edtf-day.js';

/** How far apart (days) two articles about the same event may be dated. */
export const STORY_WINDOW_DAYS = 3;

/** What story grouping compares: the article's main dyad, day, resolved entities and event types. */
export interface StoryFeatures {
  dyad: string;
  day: string | null;
  entityIds: number[];
  eventTypes: string[];
}

/** The unordered country pair of an event ("RUS-VNM"), or null without two distinct countries. */
export function eventDyad(event: EventRecord): string | null {
  const actor = event.actor[0]?.code;
  // Reciprocal events list both countries on both sides: the partner is the first other code.
  const partner = [...event.recipient, ...event.actor]
    .map((side) => side.code)
    .find((code) => code !== actor);
  if (!actor || !partner) return null;
  return [actor, partner].sort().join('-');
}

/** The dyad most events of an article share (ties: alphabetical), or null. */
export function mainDyad(events: EventRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const event of events) {
    const dyad = eventDyad(event);
    if (dyad) counts.set(dyad, (counts.get(dyad) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}

/**
 * True when two articles report the same event: same dyad, dated within the window (or both
 * undated), and sharing a person/organisation or an event type.
 */
export function sameStory(a: StoryFeatures, b: StoryFeatures): boolean {
  if (a.dyad !== b.dyad) return false;
  if (a.day && b.day) {
    if (Math.abs(daysBetween(a.day, b.day)) > STORY_WINDOW_DAYS) return false;
  } else if (a.day || b.day) {
    return false;
  }
  const entities = new Set(a.entityIds);
  if (b.entityIds.some((id) => entities.has(id))) return true;
  const types = new Set(a.eventTypes);
  return b.eventTypes.some((type) => types.has(type));
}
