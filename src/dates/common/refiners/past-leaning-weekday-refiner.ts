import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, type DateLexicon } from '../../lexicon.js';
import { addDays, dayOf, weekdayOf } from '../calendar.js';

/**
 * A bare weekday in news copy ("a déclaré mardi", "said on Tuesday") is the most recent such
 * day up to the reference date, not the nearest one either side as chrono assumes (unless the
 * caller asked for chrono's forward-dates reading).
 */
export class PastLeaningWeekdayRefiner implements Refiner {
  private readonly modifier: RegExp;

  constructor(lexicon: DateLexicon) {
    const words = [...lexicon.nextWords, ...lexicon.lastWords, ...lexicon.thisDeterminers];
    this.modifier = new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (context.option.forwardDate) return results;
    for (const result of results) {
      const weekday = result.start.get('weekday');
      if (weekday === null || result.end || !result.start.isOnlyWeekdayComponent()) continue;
      if (this.modifier.test(result.text)) continue;
      const reference = dayOf(context.refDate);
      const day = addDays(reference, -((weekdayOf(reference) - weekday + 7) % 7));
      result.start.imply('year', day.year).imply('month', day.month).imply('day', day.day);
    }
    return results;
  }
}
