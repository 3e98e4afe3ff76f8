import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { periodStart } from '../../common/period.js';
import { startsMidWord } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'en.date.relative-period';

/** "this week", "last week", "next month", "the coming year", "the previous quarter". */
export class ENRelativePeriodParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const units = alternation(Object.keys(lexicon.periodUnits));
    const modifiers = alternation([...lexicon.thisDeterminers, ...lexicon.nextWords, ...lexicon.lastWords]);
    this.regex = new RegExp(`(${modifiers})\\s+(${units})(?![\\p{L}])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, modifier = '', unit = ''] = match;
    const index = match.index ?? 0;
    const grain = lookup(this.lexicon.periodUnits, unit);
    if (!grain || startsMidWord(context.text, index)) return null;
    const word = modifier.toLowerCase().replace(/\s+/g, ' ');
    const offset = this.lexicon.nextWords.includes(word) ? 1 : this.lexicon.lastWords.includes(word) ? -1 : 0;
    const result = context.createParsingResult(index, whole, periodStart(context, grain, offset));
    return tagRule(result, RULE_ID, grain);
  }
}
