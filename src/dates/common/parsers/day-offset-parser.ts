import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { periodStart } from '../period.js';
import { startsMidWord } from '../calendar.js';
import { tagRule } from '../result-tags.js';

/** Days at a fixed distance from the reference that chrono's casual parsers miss ("avant-hier", "après-demain"). */
export class DayOffsetParser implements Parser {
  private readonly regex: RegExp;

  constructor(
    private readonly lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    this.regex = new RegExp(`(${alternation(Object.keys(lexicon.dayOffsets))})(?![\\p{L}])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole = ''] = match;
    const index = match.index ?? 0;
    const offset = lookup(this.lexicon.dayOffsets, whole);
    if (offset === undefined || startsMidWord(context.text, index)) return null;
    return tagRule(
      context.createParsingResult(index, whole, periodStart(context, 'day', offset)),
      this.ruleId,
      'day',
    );
  }
}
