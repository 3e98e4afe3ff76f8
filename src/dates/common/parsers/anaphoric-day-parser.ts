import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type AnaphoricDayLexicon } from '../../lexicon.js';
import { periodStart } from '../period.js';
import { startsMidWord } from '../calendar.js';
import { tagDayOffset, tagEventDay, tagRule } from '../result-tags.js';

/** A matched phrase as the lexicon spells it: lower case, straight apostrophes, single spaces. */
const normalised = (phrase: string): string => phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

/**
 * Days told from an earlier day of the text ("le lendemain", "la veille", "two days later", "the
 * same day"). The result is read against the reference like any relative day; its offset travels
 * in a tag so that `anaphoric-days.ts` can move it onto the last day the text named before it.
 * Followed by its own complement ("la veille du sommet", "the day before the vote"), the phrase is a
 * day told from that event instead (`eventRuleId`), which `event-relative-days.ts` dates from a day
 * the complement gives, else leaves without a value.
 */
export class AnaphoricDayParser implements Parser {
  private readonly regex: RegExp;

  constructor(
    private readonly lexicon: AnaphoricDayLexicon,
    private readonly numberWords: Record<string, number>,
    private readonly ruleId: string,
    private readonly eventRuleId: string,
  ) {
    const count = `\\d{1,2}|${alternation(Object.keys(numberWords))}`;
    const counted = `(${count})\\s+(${alternation(Object.keys(lexicon.units))})\\s+(${alternation([...lexicon.later, ...lexicon.earlier])})`;
    const fixed = alternation([...Object.keys(lexicon.fixed), ...lexicon.approximate]);
    this.regex = new RegExp(`(?:(${fixed})|${counted})(?![\\p{L}])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole = '', fixed, countWord = '', unit = '', direction = ''] = match;
    const index = match.index ?? 0;
    if (startsMidWord(context.text, index)) return null;
    const fromEvent = this.datedByWhatFollows(whole, context.text.slice(index + whole.length));
    const approximate = fixed !== undefined && this.lexicon.approximate.includes(normalised(fixed));
    // "à la veille" with no event after it leaves "la veille" to be read on its own.
    if (approximate && !fromEvent) return null;
    const offset = approximate
      ? null
      : fixed
        ? lookup(this.lexicon.fixed, fixed)
        : this.countedOffset(countWord, unit, direction);
    if (offset === undefined) return null;
    const result = context.createParsingResult(index, whole, periodStart(context, 'day', offset ?? 0));
    // An approximate phrase (offset null) is always told from an event.
    if (fromEvent || offset === null) return tagEventDay(tagRule(result, this.eventRuleId, 'day'), offset);
    return tagDayOffset(tagRule(result, this.ruleId, 'day'), offset);
  }

  private countedOffset(countWord: string, unit: string, direction: string): number | undefined {
    const count = /^\d+$/.test(countWord) ? Number(countWord) : lookup(this.numberWords, countWord);
    const days = lookup(this.lexicon.units, unit);
    if (count === undefined || days === undefined) return undefined;
    const later = this.lexicon.later.includes(normalised(direction));
    return (later ? 1 : -1) * count * days;
  }

  /** "la veille du sommet", "the day before the vote": the phrase is dated by its complement. */
  private datedByWhatFollows(phrase: string, after: string): boolean {
    const next = normalised(/^[^\S\n]*([\p{L}]+['’]?)/u.exec(after)?.[1] ?? '');
    if (!next) return false;
    if (this.lexicon.complements.includes(next)) return true;
    const last = phrase.toLowerCase().split(/\s+/).pop() ?? '';
    return this.lexicon.clauseFinal.includes(last);
  }
}
