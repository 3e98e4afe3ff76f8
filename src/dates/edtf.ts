import type { ParsingComponents } from 'chrono-node';
import type { DateGrain } from '../records/article.js';
import { addDays, addMonths } from './common/calendar.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function yearText(components: ParsingComponents, unknownYear: boolean): string {
  return unknownYear ? 'XXXX' : pad(components.get('year') ?? 0, 4);
}

/** One calendar point at a grain as EDTF; a week or quarter is written as the interval it covers. */
export function formatPoint(components: ParsingComponents, grain: DateGrain, unknownYear: boolean): string {
  const year = components.get('year') ?? 0;
  const month = components.get('month') ?? 1;
  const day = components.get('day') ?? 1;
  const yearPart = yearText(components, unknownYear);
  if (grain === 'year') return yearPart;
  if (grain === 'month') return `${yearPart}-${pad(month)}`;
  if (grain === 'quarter') {
    const last = addMonths(year, month, 2);
    const lastYear = unknownYear ? 'XXXX' : pad(last.year, 4);
    return `${yearPart}-${pad(month)}/${lastYear}-${pad(last.month)}`;
  }
  if (grain === 'week') {
    const sunday = addDays({ year, month, day }, 6);
    const sundayYear = unknownYear ? 'XXXX' : pad(sunday.year, 4);
    return `${yearPart}-${pad(month)}-${pad(day)}/${sundayYear}-${pad(sunday.month)}-${pad(sunday.day)}`;
  }
  return `${yearPart}-${pad(month)}-${pad(day)}`;
}

/** A parsed date, range ("a/b") or one-of set ("[a,b]") as an EDTF string. */
export function formatValue(
  start: ParsingComponents,
  end: ParsingComponents | undefined,
  grain: DateGrain,
  unknownYear: boolean,
  oneOf: boolean,
): string {
  const first = formatPoint(start, grain, unknownYear);
  if (!end) return first;
  const last = formatPoint(end, grain, unknownYear);
  if (oneOf) return first === last ? first : `[${first},${last}]`;
  const from = first.split('/')[0] ?? first;
  const to = last.split('/').pop() ?? last;
  return from === to ? from : `${from}/${to}`;
}
