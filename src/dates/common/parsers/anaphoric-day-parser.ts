import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type AnaphoricDayLexicon } from '../../lexicon.js';
import { periodStart } from '../period.js';
import { startsMidWord } from '../calendar.js';
import { tagDayOffset, tagRule } from '../result-tags.js';

/**
 * Days told from an earlier day of the text ("le lendemain", "la veille", "two days later", "the
 * same day"). The result is read against the reference like any relative day; its offset travels
 * in a tag so that `anaphoric-days.ts` can move it onto the last day the text named before it.
 */
export class AnaphoricDayParser implements Parser {
  private readonly regex: RegExp;

  constructor(
    private readonly lexicon: AnaphoricDayLexicon,
    private readonly numberWords: Record<string, number>,
    private readonly ruleId: string,
  ) {
    const count = `\\d{1,2}|${alternation(Object.keys(numberWords))}`;
    const counted = `(${count})\\s+(${alternation(Object.keys(lexicon.units))})\\s+(${alternation([...lexicon.later, ...lexicon.earlier])})`;
    this.regex = new RegExp(`(?:(${alternation(Object.keys(lexicon.fixed))})|${counted})(?![\\p{L}])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole = '', fixed, countWord = '', unit = '', direction = ''] = match;
    const index = match.index ?? 0;
    if (
      startsMidWord(context.text, index) ||
      this.datedByWhatFollows(whole, context.text.slice(index + whole.length))
    )
      return null;
    const offset = fixed ? lookup(this.lexicon.fixed, fixed) : this.countedOffset(countWord, unit, direction);
    if (offset === undefined) return null;
    const result = context.createParsingResult(index, whole, periodStart(context, 'day', offset));
    return tagDayOffset(tagRule(result, this.ruleId, 'day'), offset);
  }

  private countedOffset(countWord: string, unit: string, direction: string): number | undefined {
    const count = /^\d+$/.test(countWord) ? Number(countWord) : lookup(this.numberWords, countWord);
    const days = lookup(this.lexicon.units, unit);
    if (count === undefined || days === undefined) return undefined;
    const later = this.lexicon.later.includes(direction.toLowerCase().replace(/’/g, "'"));
    return (later ? 1 : -1) * count * days;
  }

  /** "la veille du sommet", "the day before the vote": the phrase is dated by its complement. */
  private datedByWhatFollows(phrase: string, after: string): boolean {
    const next = /^[^\S\n]*([\p{L}]+['’]?)/u.exec(after)?.[1]?.toLowerCase().replace(/’/g, "'");
    if (!next) return false;
    if (this.lexicon.complements.includes(next)) return true;
    const last = phrase.toLowerCase().split(/\s+/).pop() ?? '';
    return this.lexicon.clauseFinal.includes(last);
  }
}
