import { alternation, monthNames, pageMarkers } from './page-markers.js';

const LABEL = `(?:${alternation(pageMarkers.bylineDateLabels)})\\s*:?\\s*`;
const NUMERIC =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:GMT|UTC)[+-]?\d{0,2})?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDY_DAY_FIRST = /^(?:[\p{L}]+\.?,?\s+)?(\d{1,2})(?:er)?\s+([\p{L}]+)\.?,?\s+(\d{4})\b/u;
const WORDY_MONTH_FIRST = /^(?:[\p{L}]+\.?,?\s+)?([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const LABELLED = new RegExp(`^${LABEL}(.+)$`, 'iu');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parse a date written on its own (byline or metadata value) into `YYYY-MM-DD`, or null. */
export function parseStandaloneDate(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(value);
  // Day-first, as the agencies we read print it; month-first only when day-first is impossible.
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return isoDay(year, b, a) ?? isoDay(year, a, b);
  }
  const dayFirst = WORDY_DAY_FIRST.exec(value);
  if (dayFirst) {
    const month = monthNames.get(dayFirst[2]!.toLowerCase());
    if (month) return isoDay(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = WORDY_MONTH_FIRST.exec(value);
  if (monthFirst) {
    const month = monthNames.get(monthFirst[1]!.toLowerCase());
    if (month) return isoDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return null;
}

/**
 * A line that is only a publication date ("10/11/2016 23:07", "Publié le 12 mai 2021 à 10h",
 * "Updated: May 3, 2020"): its `YYYY-MM-DD`, else null.
 */
export function parseBylineDateLine(line: string): string | null {
  if (line.length > 80) return null;
  const labelled = LABELLED.exec(line);
  if (labelled) return parseStandaloneDate(labelled[1]!);
  const bare = line.trim();
  if (NUMERIC.test(bare) || ISO.test(bare)) return parseStandaloneDate(bare);
  return null;
}
