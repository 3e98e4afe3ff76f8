import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { dayOf, daysInMonth, startsMidWord, yearClosestTo } from '../calendar.js';
import { tagRule } from '../result-tags.js';

/** "début avril", "fin mars 2021", "mi-décembre", "early August": a third of a month as a day range. */
export class PartOfMonthParser implements Parser {
  private readonly regex: RegExp;

  constructor(
    private readonly lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    const parts = alternation(Object.keys(lexicon.partsOfMonth));
    const months = alternation(Object.keys(lexicon.months));
    this.regex = new RegExp(`(${parts})\\s*(${months})\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, partWord = '', monthWord = '', yearWord] = match;
    const index = match.index ?? 0;
    const part = lookup(this.lexicon.partsOfMonth, partWord);
    const month = lookup(this.lexicon.months, monthWord);
    if (startsMidWord(context.text, index) || !part || !month) return null;
    const year = yearWord ? Number(yearWord) : yearClosestTo(dayOf(context.refDate), month);
    const [firstDay, lastDay] =
      part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(year, month)];
    const dayAt = (day: number) => {
      const components = context.createParsingComponents({ month, day });
      return yearWord ? components.assign('year', year) : components.imply('year', year);
    };
    const result = context.createParsingResult(index, whole, dayAt(firstDay), dayAt(lastDay));
    return tagRule(result, this.ruleId, 'day');
  }
}
