import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { addMonths, dayOf, daysInMonth, startsMidWord, weekdayOf } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.weekday-day';

const SEARCH_MONTHS = 12;

/**
 * "jeudi 15", "ce mercredi 13": a weekday and a day number without a month. The month is the
 * nearest one where that day falls on that weekday (the next one when reading forward).
 */
export class FRWeekdayDayParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const weekdays = alternation(Object.keys(lexicon.weekdays));
    const months = alternation(Object.keys(lexicon.months));
    const these = alternation(lexicon.thisDeterminers);
    this.regex = new RegExp(
      `(?:(?:${these})\\s+)?(${weekdays})\\s+(\\d{1,2})(?:er)?(?![\\p{L}\\d]|\\s*(?:${months})(?![\\p{L}])|\\s*[/.-]\\s*\\d|\\s+\\d)`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, weekdayWord = '', dayWord = ''] = match;
    const index = match.index ?? 0;
    const weekday = lookup(this.lexicon.weekdays, weekdayWord);
    const day = Number(dayWord);
    if (weekday === undefined || day < 1 || day > 31 || startsMidWord(context.text, index)) return null;
    const reference = dayOf(context.refDate);
    const offsets = [...Array(SEARCH_MONTHS).keys()].flatMap((n) =>
      context.option.forwardDate ? [n] : n === 0 ? [0] : [-n, n],
    );
    for (const offset of offsets) {
      const { year, month } = addMonths(reference.year, reference.month, offset);
      if (day > daysInMonth(year, month) || weekdayOf({ year, month, day }) !== weekday) continue;
      if (context.option.forwardDate && offset === 0 && day < reference.day) continue;
      const components = context
        .createParsingComponents({ day, weekday })
        .imply('month', month)
        .imply('year', year);
      return tagRule(context.createParsingResult(index, whole, components), RULE_ID, 'day');
    }
    return null;
  }
}
