/** Turning EDTF values into sortable ISO days for filters, story windows and due dates. */

const DATE_PART = /(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/g;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first day an EDTF value can denote (`2021-07` → `2021-07-01`), or null when the year is unknown. */
export function edtfStartDay(value: string | null, fallbackYear: number | null = null): string | null {
  if (!value) return null;
  const days = [...value.matchAll(DATE_PART)].map((m) => dayOf(m, fallbackYear, 'start')).filter(isDay);
  return days.sort()[0] ?? null;
}

/** The last day an EDTF value can denote (`[XXXX-07,XXXX-08]` with 2021 → `2021-08-31`), or null. */
export function edtfEndDay(value: string | null, fallbackYear: number | null = null): string | null {
  if (!value) return null;
  const days = [...value.matchAll(DATE_PART)].map((m) => dayOf(m, fallbackYear, 'end')).filter(isDay);
  return days.sort()[days.length - 1] ?? null;
}

function isDay(day: string | null): day is string {
  return day !== null;
}

function dayOf(match: RegExpMatchArray, fallbackYear: number | null, edge: 'start' | 'end'): string | null {
  const [, yearText, monthText, dayText] = match;
  const year = yearText === 'XXXX' ? fallbackYear : Number(yearText);
  if (year === null || year === undefined || Number.isNaN(year)) return null;
  const month = monthText && monthText !== 'XX' ? Number(monthText) : null;
  if (month === null) return edge === 'start' ? `${year}-01-01` : `${year}-12-31`;
  if (month < 1 || month > 12) return null;
  const day = dayText && dayText !== 'XX' ? Number(dayText) : null;
  if (day === null)
    return `${year}-${pad(month)}-${edge === 'start' ? '01' : pad(lastDayOfMonth(year, month))}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year of an ISO or EDTF day, when known. */
export function yearOf(day: string | null): number | null {
  const match = day ? /^(\d{4})/.exec(day) : null;
  return match ? Number(match[1]) : null;
}

/** Whole days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
