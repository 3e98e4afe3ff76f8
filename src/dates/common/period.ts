import type { ParsingComponents, ParsingContext } from 'chrono-node';
import type { DateGrain } from '../../records/article.js';
import type { SpanUnit } from '../lexicon.js';
import { addDays, addMonths, dayOf, mondayOf, type CalendarDay } from './calendar.js';

/** First day of the week, month, quarter or year `offset` periods away from the reference date. */
export function periodStart(context: ParsingContext, grain: DateGrain, offset: number): ParsingComponents {
  const reference = dayOf(context.refDate);
  if (grain === 'week') {
    const monday = addDays(mondayOf(reference), 7 * offset);
    return context.createParsingComponents({ year: monday.year, month: monday.month, day: monday.day });
  }
  if (grain === 'month' || grain === 'quarter') {
    const span = grain === 'month' ? 1 : 3;
    const first = grain === 'month' ? reference.month : reference.month - ((reference.month - 1) % 3);
    const target = addMonths(reference.year, first, span * offset);
    return context.createParsingComponents({ year: target.year, month: target.month }).imply('day', 1);
  }
  if (grain === 'day') {
    const day = addDays(reference, offset);
    return context.createParsingComponents({ year: day.year, month: day.month, day: day.day });
  }
  return context
    .createParsingComponents({ year: reference.year + offset })
    .imply('month', 1)
    .imply('day', 1);
}

/**
 * First and last day of `count` whole units just before (or after) the reference, the current
 * unit excluded ("les 3 derniers mois"); units below a day give the reference day itself.
 */
export function unitSpanBounds(
  reference: CalendarDay,
  unit: SpanUnit,
  count: number,
  ahead: boolean,
): [CalendarDay, CalendarDay] {
  const sign = ahead ? 1 : -1;
  if (unit === 'day' || unit === 'week') {
    const step = unit === 'day' ? 1 : 7;
    const base = unit === 'day' ? reference : mondayOf(reference);
    const near = addDays(base, sign * step);
    const far = addDays(base, sign * step * count);
    return ahead ? [near, far] : [far, near];
  }
  if (unit === 'month' || unit === 'year') {
    const months = unit === 'month' ? 1 : 12;
    const near = { ...addMonths(reference.year, reference.month, sign * months), day: 1 };
    const far = { ...addMonths(reference.year, reference.month, sign * months * count), day: 1 };
    return ahead ? [near, far] : [far, near];
  }
  return [reference, reference];
}

/** The grain a span of units is written at. */
export function unitSpanGrain(unit: SpanUnit): DateGrain {
  return unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';
}
