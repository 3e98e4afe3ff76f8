import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, type DateLexicon } from '../../lexicon.js';
import { addDays } from '../calendar.js';
import { grainOf, tagRule } from '../result-tags.js';

/** "mardi de la semaine prochaine", "mercredi cette semaine": a weekday placed in a named week. */
export class WeekdayOfWeekRefiner implements Refiner {
  private readonly between: RegExp;

  constructor(
    lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    const links = lexicon.weekdayLinks.length > 0 ? `(?:${alternation(lexicon.weekdayLinks)})?` : '';
    this.between = new RegExp(`^\\s*,?\\s*${links}\\s*$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const weekday = previous?.start.get('weekday');
      if (
        previous &&
        weekday !== null &&
        weekday !== undefined &&
        previous.start.isOnlyWeekdayComponent() &&
        grainOf(result.tags()) === 'week' &&
        this.between.test(context.text.slice(previous.index + previous.text.length, result.index))
      ) {
        const monday = {
          year: result.start.get('year') ?? 0,
          month: result.start.get('month') ?? 1,
          day: result.start.get('day') ?? 1,
        };
        const day = addDays(monday, (weekday + 6) % 7);
        const joined = context.createParsingResult(previous.index, result.index + result.text.length, {
          year: day.year,
          month: day.month,
          day: day.day,
        });
        merged[merged.length - 1] = tagRule(joined, this.ruleId, 'day');
        continue;
      }
      merged.push(result);
    }
    return merged;
  }
}
