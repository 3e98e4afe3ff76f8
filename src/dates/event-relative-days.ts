import type { DateMention } from '../records/article.js';
import { DAY_VALUE, shiftDay } from './anaphoric-days.js';

/** A date mention and, for a day told from a named event, its distance from that event's day. */
export interface EventDayReading {
  mention: DateMention;
  /**
   * Days from the event's day ("la veille du sommet": -1); null when the phrase says no exact
   * distance ("à la veille de"); undefined for any other date.
   */
  eventOffset: number | null | undefined;
}

// The event's phrase ends at the clause's punctuation ("la veille du sommet, le 4 juin, …": the 4th
// is the phrase's own day, in apposition, not the summit's) or after a few words.
const PHRASE_END = /[,;:.!?()«»"“”\n]/u;
const MAX_PHRASE_WORDS = 6;

/** Where the phrase naming the event that begins at `start` ends. */
function eventPhraseEnd(text: string, start: number): number {
  const rest = text.slice(start, start + 200);
  const stop = PHRASE_END.exec(rest)?.index ?? rest.length;
  const words = [...rest.slice(0, stop).matchAll(/\S+/gu)];
  const cut = words[MAX_PHRASE_WORDS]?.index ?? stop;
  return start + Math.min(stop, cut);
}

/**
 * Give each day told from a named event ("la veille du sommet", "the day after the vote") its value
 * from the day the event's own phrase gives ("le lendemain de la visite du 3 mars" → 4 March; the
 * mention then covers the phrase through that day, which is no date of its own), else no value:
 * the day is the event's, not the publication's nor the last day the text named. Returns the
 * mentions taken into such phrases.
 */
export function resolveEventRelativeDays(
  text: string,
  readings: readonly EventDayReading[],
): Set<DateMention> {
  const absorbed = new Set<DateMention>();
  readings.forEach(({ mention, eventOffset }, position) => {
    if (eventOffset === undefined) return;
    mention.value = null;
    mention.anchor = 'none';
    const next = readings[position + 1];
    const eventDay = next?.eventOffset === undefined ? next?.mention : undefined;
    if (
      eventOffset === null ||
      !eventDay?.value ||
      !DAY_VALUE.test(eventDay.value) ||
      eventDay.start >= eventPhraseEnd(text, mention.end)
    )
      return;
    mention.value = shiftDay(eventDay.value, eventOffset);
    mention.anchor = 'document';
    mention.end = eventDay.end;
    mention.text = text.slice(mention.start, mention.end);
    absorbed.add(eventDay);
  });
  return absorbed;
}
