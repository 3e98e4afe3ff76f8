/** Calendar arithmetic on plain (year, month, day) triples, in UTC so the host time zone never matters. */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The reference day of a chrono context as a calendar triple. */
export function dayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Shift a day by whole days. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  return dayOf(new Date(Date.UTC(day.year, day.month - 1, day.day + days)));
}

/** Day of week, 0 = Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of the ISO week holding the day. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Add whole months to a (year, month) pair. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The year that puts the month closest to the reference (news speaks of the recent past and near future). */
export function yearClosestTo(reference: CalendarDay, month: number): number {
  const offset = month - reference.month;
  if (offset > 6) return reference.year - 1;
  if (offset < -6) return reference.year + 1;
  return reference.year;
}

/** Whether the character before `index` is a letter or digit (the match would start mid-word). */
export function startsMidWord(text: string, index: number): boolean {
  return index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1] ?? '');
}

/** Expand a two-digit year the way newspapers write them ("octobre 98" → 1998). */
export function fullYear(written: string): number {
  const value = Number(written);
  if (written.length > 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}
