import type { ArticleRecord, DateMention, Span } from '../records/article.js';

/** Characters after a cue within which a date still dates the event ("a reçu, le 26 juillet, …"). */
const NEAR_AFTER_CUE = 40;

/** The date of an event or a commitment, as stored on the event. */
export interface EventDate {
  text: string;
  value: string | null;
}

/** A date mention as stored on an event. */
export function asEventDate(mention: DateMention): EventDate {
  return { text: mention.text, value: mention.value };
}

/** Date mentions inside a span, in text order. */
export function datesIn(dates: readonly DateMention[], span: Span): DateMention[] {
  return dates.filter((date) => date.start >= span.start && date.end <= span.end);
}

/**
 * The news date of a record: the first day-precise date in its first three blocks (title, lead,
 * dateline paragraph). Agency reports narrate one occasion, so events stated without a date of
 * their own are dated by it.
 */
export function newsDate(record: ArticleRecord): EventDate | null {
  const limit = record.paragraphs[Math.min(2, record.paragraphs.length - 1)]?.end ?? 0;
  const first = record.dates.find(
    (date) => date.grain === 'day' && date.start < limit && date.value !== null,
  );
  return first ? asEventDate(first) : null;
}

/** The sentence's own date; an unresolved one ("ce jeudi") gives way to a resolved news date. */
function withFallback(own: DateMention | undefined, fallback: EventDate | null): EventDate | null {
  if (!own) return fallback;
  return own.value === null && fallback?.value ? fallback : asEventDate(own);
}

/**
 * Event date and commitment due date from the sentence's date mentions: a date after the cue of a
 * commitment is its due date; otherwise the first date of the sentence (before the cue preferred).
 */
export function eventDates(
  sentenceDates: readonly DateMention[],
  cue: Span,
  isCommitment: boolean,
  fallback: EventDate | null,
): { date: EventDate | null; due: EventDate | null } {
  const before = sentenceDates.filter((date) => date.start < cue.start);
  const after = sentenceDates.filter((date) => date.start >= cue.start);
  // Far after the cue, a date is background ("ses condoléances pour … en juin 2013").
  const near = after.filter((date) => date.start - cue.end <= NEAR_AFTER_CUE);
  if (isCommitment) {
    const due = after[0] ? asEventDate(after[0]) : null;
    return { date: withFallback(before[before.length - 1], fallback), due };
  }
  const own = before[before.length - 1] ?? near[0];
  return { date: withFallback(own, fallback), due: null };
}
