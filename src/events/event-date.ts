import type { ArticleRecord, DateMention, Span } from '../records/article.js';
import { isTimeStamp } from '../dates/time-stamp.js';

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
    (date) =>
      date.grain === 'day' && date.start < limit && date.value !== null && !isTimeStamp(record.text, date),
  );
  return first ? asEventDate(first) : null;
}

/** The sentence's own date; an unresolved one ("ce jeudi") gives way to a resolved news date. */
function withFallback(own: DateMention | undefined, fallback: EventDate | null): EventDate | null {
  if (!own) return fallback;
  return own.value === null && fallback?.value ? fallback : asEventDate(own);
}

/**
 * The event date from the sentence's date mentions: the last date before the cue (for a commitment,
 * only before it: later dates are its deadline), else one right after it, else the news date.
 */
export function eventDate(
  sentenceDates: readonly DateMention[],
  cue: Span,
  isCommitment: boolean,
  fallback: EventDate | null,
): EventDate | null {
  const before = sentenceDates.filter((date) => date.start < cue.start);
  // Far after the cue, a date is background ("ses condoléances pour … en juin 2013").
  const near = sentenceDates.filter(
    (date) => date.start >= cue.start && date.start - cue.end <= NEAR_AFTER_CUE,
  );
  const own = isCommitment ? before[before.length - 1] : (before[before.length - 1] ?? near[0]);
  return withFallback(own, fallback);
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A deadline as stored on a commitment. A weekday resolved before the publication date ("by Friday"
 * in a Wednesday report read as the past Friday) is moved forward: deadlines lie ahead.
 */
export function deadline(mention: DateMention, published: string | null): EventDate {
  const value = mention.value;
  const day = published?.slice(0, 10) ?? '';
  if (
    !value ||
    !ISO_DAY.test(value) ||
    !ISO_DAY.test(day) ||
    !mention.ruleId.endsWith('.weekday') ||
    value >= day
  )
    return asEventDate(mention);
  let time = Date.parse(`${value}T00:00:00Z`);
  const limit = Date.parse(`${day}T00:00:00Z`);
  while (time < limit) time += 7 * DAY_MS;
  return { text: mention.text, value: new Date(time).toISOString().slice(0, 10) };
}

/** Months between the end of an event's own period and the publication beyond which it is history. */
const HISTORY_MONTHS = 3;

/**
 * Whether an event's own date ends more than three months before the publication ("established
 * diplomatic relations in 1961", "signed in 2019" in a 2023 report): history the article recalls,
 * not news it reports. Only dates that name their year count; a date with no year is this year's.
 */
export function historyBefore(date: EventDate | null, published: string | null): boolean {
  const publication = published && /^(\d{4})(?:-(\d{2}))?/u.exec(published);
  if (!date?.value || !publication) return false;
  const periods = [...date.value.matchAll(/(?<![\dX])(\d{4})(?:-(\d{2}))?/gu)];
  const last = periods[periods.length - 1];
  if (!last) return false;
  const month = (year: string, mm: string | undefined, missing: number): number =>
    Number(year) * 12 + (mm ? Number(mm) : missing);
  return month(publication[1]!, publication[2], 1) - month(last[1]!, last[2], 12) > HISTORY_MONTHS;
}
