import type { ParsingComponents, ParsingContext } from 'chrono-node';
import type { DateGrain } from '../../records/article.js';
import { addDays, addMonths, dayOf, mondayOf } from './calendar.js';

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
  return context.createParsingComponents({ year: reference.year + offset }).imply('month', 1).imply('day', 1);
}
