import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type UnitSpanLexicon } from '../../lexicon.js';
import { dayOf, startsMidWord } from '../../common/calendar.js';
import { unitSpanBounds, unitSpanGrain } from '../../common/period.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.unit-span';

/** "les trois derniers mois", "3 prochains jours", "2 semaines passées": whole units before or after the reference. */
export class FRUnitSpanParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: UnitSpanLexicon) {
    const count = `\\d{1,3}|${alternation(Object.keys(lexicon.numberWords))}`;
    const units = alternation(Object.keys(lexicon.spanUnits));
    const directions = alternation([...lexicon.spanLastWords, ...lexicon.spanNextWords]);
    this.regex = new RegExp(
      `(?:(?:les|des|ces|aux)\\s+)?(${count})\\s+(?:(${directions})\\s+(${units})|(${units})\\s+(${directions}))(?![\\p{L}])`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, countWord = '', directionBefore, unitAfter, unitBefore, directionAfter] = match;
    const index = match.index ?? 0;
    const count = /^\d+$/.test(countWord) ? Number(countWord) : lookup(this.lexicon.numberWords, countWord);
    const unit = lookup(this.lexicon.spanUnits, unitAfter ?? unitBefore ?? '');
    if (!count || !unit || startsMidWord(context.text, index)) return null;
    const ahead = this.lexicon.spanNextWords.includes(
      (directionBefore ?? directionAfter ?? '').toLowerCase(),
    );
    const [first, last] = unitSpanBounds(dayOf(context.refDate), unit, count, ahead);
    const result = context.createParsingResult(index, whole, first, last);
    return tagRule(result, RULE_ID, unitSpanGrain(unit));
  }
}
