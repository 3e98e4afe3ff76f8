import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { dayOf, startsMidWord, yearClosestTo } from '../calendar.js';
import { tagRule } from '../result-tags.js';

/** Holidays on a fixed day ("Noël", "la Toussaint", "New Year's Day"), optionally with a year. */
export class FixedHolidayParser implements Parser {
  private readonly regex: RegExp;
  private readonly qualifier: RegExp | null;

  constructor(
    private readonly lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    this.regex = new RegExp(
      `(${alternation(Object.keys(lexicon.fixedHolidays))})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'iu',
    );
    this.qualifier =
      lexicon.holidayQualifiers.length > 0
        ? new RegExp(`^\\s+(?:${alternation(lexicon.holidayQualifiers)})(?![\\p{L}])`, 'iu')
        : null;
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, name = '', yearWord] = match;
    const index = match.index ?? 0;
    const holiday = lookup(this.lexicon.fixedHolidays, name);
    if (!holiday || startsMidWord(context.text, index)) return null;
    if (this.qualifier?.test(context.text.slice(index + whole.length, index + whole.length + 30)))
      return null;
    const [month, day] = holiday;
    const components = context.createParsingComponents({ month, day });
    if (yearWord) components.assign('year', Number(yearWord));
    else components.imply('year', yearClosestTo(dayOf(context.refDate), month));
    return tagRule(context.createParsingResult(index, whole, components), this.ruleId, 'day');
  }
}
