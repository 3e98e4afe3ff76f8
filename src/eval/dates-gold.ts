/** Gold values of the date evaluation sets rewritten as the EDTF strings Entente emits (day precision at most). */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function dayFromIso(text: string): Date {
  return new Date(`${text.slice(0, 10)}T00:00:00Z`);
}

function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const january4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = addDaysTo(january4, -((january4.getUTCDay() + 6) % 7));
  return addDaysTo(mondayOfWeek1, 7 * (week - 1));
}

const SEASONS: Record<string, string> = { SP: '21', SU: '22', FA: '23', WI: '24' };

/**
 * A TimeML TIMEX3 value as Entente's EDTF, or null when it has no calendar reading Entente
 * could produce (PRESENT_REF, durations, sets, parts of day without a date).
 */
export function timemlToEdtf(value: string): string | null {
  let match = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (match) return match[1] ?? null;
  if (/^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (match) {
    const monday = isoWeekMonday(Number(match[1]), Number(match[2]));
    return match[3]
      ? `${isoDay(addDaysTo(monday, 5))}/${isoDay(addDaysTo(monday, 6))}`
      : `${isoDay(monday)}/${isoDay(addDaysTo(monday, 6))}`;
  }
  match = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/.exec(value);
  if (match) return `${match[1]}-${SEASONS[match[2] ?? ''] ?? ''}`;
  return null;
}

interface DucklingPoint {
  value: string;
  grain: string;
}

/** Duckling's expected JSON (value, or interval with an exclusive `to`). */
export interface DucklingExpected {
  type: 'value' | 'interval';
  value?: string;
  grain?: string;
  from?: DucklingPoint;
  to?: DucklingPoint;
}

const SUB_DAY = new Set(['second', 'minute', 'hour', 'day']);

function pointAt(point: DucklingPoint): string {
  if (SUB_DAY.has(point.grain) || point.grain === 'week') return point.value.slice(0, 10);
  if (point.grain === 'month' || point.grain === 'quarter') return point.value.slice(0, 7);
  return point.value.slice(0, 4);
}

/** The last instant inside an exclusive bound, at the bound's grain. */
function lastInside(to: DucklingPoint): string {
  if (SUB_DAY.has(to.grain) && to.grain !== 'day') {
    const local = new Date(`${to.value.slice(0, 19)}Z`);
    return isoDay(new Date(local.getTime() - 1000));
  }
  if (to.grain === 'day' || to.grain === 'week') return isoDay(addDaysTo(dayFromIso(to.value), -1));
  const year = Number(to.value.slice(0, 4));
  const month = Number(to.value.slice(5, 7));
  if (to.grain === 'month' || to.grain === 'quarter') {
    return month === 1 ? `${pad(year - 1, 4)}-12` : `${pad(year, 4)}-${pad(month - 1)}`;
  }
  return pad(year - 1, 4);
}

/** A Duckling expectation as Entente's EDTF, with times of day cut to their day. */
export function ducklingToEdtf(expected: DucklingExpected): string {
  if (expected.type === 'value' && expected.value && expected.grain) {
    if (expected.grain !== 'week') return pointAt({ value: expected.value, grain: expected.grain });
    const monday = dayFromIso(expected.value);
    return `${isoDay(monday)}/${isoDay(addDaysTo(monday, 6))}`;
  }
  const from = expected.from ? pointAt(expected.from) : '..';
  const to = expected.to ? lastInside(expected.to) : '..';
  return from === to ? from : `${from}/${to}`;
}
