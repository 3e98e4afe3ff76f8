import type { DateMention, Span } from '../records/article.js';
import { addDays } from './common/calendar.js';
import { isTimeStamp } from './time-stamp.js';

/** A date mention with what the resolver needs to know of it. */
export interface DayReading {
  mention: DateMention;
  /** Days from the text's previous day ("le lendemain": 1); null for a date of its own. */
  offset: number | null;
  /** Whether the mention names a day of its own (a clock time alone does not). */
  namesDay: boolean;
}

/** An EDTF day, its year possibly unknown (`2021-05-29`, `XXXX-05-29`). */
export const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/u;
// A leap year stands in for an unknown year, so that 29 February is a day with one after it.
const STAND_IN_YEAR = 2000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An EDTF day `days` away, keeping an unknown year unknown ("XXXX-03-03" + 1 → "XXXX-03-04"). */
export function shiftDay(value: string, days: number): string | null {
  const match = DAY_VALUE.exec(value);
  if (!match) return null;
  const unknownYear = match[1] === 'XXXX';
  const year = unknownYear ? STAND_IN_YEAR : Number(match[1]);
  const day = addDays({ year, month: Number(match[2]), day: Number(match[3]) }, days);
  return `${unknownYear ? 'XXXX' : pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** Whether an EDTF day comes before another (by month and day when either year is unknown). */
function before(day: string, other: string): boolean {
  const unknownYear = day.startsWith('X') || other.startsWith('X');
  return unknownYear ? day.slice(5) < other.slice(5) : day < other;
}

/** A day named in the text, and where. */
interface NamedDay {
  value: string;
  end: number;
}

/** A date standing alone in brackets glosses a name ("la Fête nationale (2 septembre)"): no day of the story. */
function parenthetical(text: string, { start, end }: Span): boolean {
  return (
    /\(\s*$/u.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/u.test(text.slice(end, end + 3))
  );
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/u;

/**
 * Give each day told from an earlier one ("le lendemain", "two days later") its value from the last
 * day the text named before it (itself resolved so, if it is one), else from the publication day
 * when the text names no day before it, else none. A day earlier than the story had reached ("en
 * réponse à la décision prise le 29 octobre", "the earthquake that struck two days earlier") is a
 * flashback: it anchors the phrases of its own paragraph, while a later paragraph's "the same day"
 * goes back to the story's day. A page's time stamp tells no day of the story, and a date in brackets
 * beside a name no day the story reached.
 */
export function resolveAnaphoricDays(
  text: string,
  readings: readonly DayReading[],
  publishedDay: string | null,
): void {
  let last = null as NamedDay | null;
  let story = null as NamedDay | null;
  for (const { mention, offset, namesDay } of readings) {
    if (offset !== null) {
      const earlier: NamedDay | null =
        last && !PARAGRAPH_BREAK.test(text.slice(last.end, mention.start)) ? last : story;
      const base: string | null = earlier?.value ?? publishedDay;
      mention.value = base === null ? null : shiftDay(base, offset);
      mention.anchor = mention.value === null ? 'none' : earlier ? 'document' : 'published';
    }
    const value: string | null = mention.value;
    if (!namesDay || value === null || !DAY_VALUE.test(value) || isTimeStamp(text, mention)) continue;
    last = { value, end: mention.end };
    if (!parenthetical(text, mention) && (!story || !before(value, story.value))) story = last;
  }
}
