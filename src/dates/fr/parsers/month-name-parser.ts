import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { dayOf, fullYear, startsMidWord, yearClosestTo } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.month';

/**
 * A month without a day: "en août", "août prochain", "juillet 2026", "octobre 98", "au mois de mars".
 * A month name is a month even without a year; its year is resolved later or left unknown.
 */
export class FRMonthNameParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const prefixes = alternation(Object.keys(lexicon.monthPrefixes));
    const months = alternation(Object.keys(lexicon.months));
    const modifiers = alternation([...lexicon.nextWords, ...lexicon.lastWords]);
    this.regex = new RegExp(
      `(?:(${prefixes})\\s*)?(${months})(?![\\p{L}])\\.?(?:\\s+(${modifiers}))?` +
        `(?:\\s+(\\d{4}|\\d{2}(?=\\s*(?:[,.;:)]|$))))?(?![\\p{L}\\d])`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, prefix, monthWord = '', modifier, yearWord] = match;
    const index = match.index ?? 0;
    const month = lookup(this.lexicon.months, monthWord);
    if (month === undefined || startsMidWord(context.text, index)) return null;
    // "29 mai" belongs to the day-month parser; "Mars" alone mid-sentence is more likely the planet.
    if (!prefix && /\d(?:er)?\s*$/.test(context.text.slice(Math.max(0, index - 6), index))) return null;
    // An abbreviation alone is a word ("sept" is seven) unless a year follows.
    if (!yearWord && !this.isFullName(monthWord)) return null;
    if (
      !prefix &&
      !modifier &&
      !yearWord &&
      /^\p{Lu}/u.test(monthWord) &&
      !this.opensSentence(context.text, index)
    )
      return null;
    const spanStart =
      prefix && lookup(this.lexicon.monthPrefixes, prefix) === 'context' ? index + prefix.length : index;
    const start = spanStart + (context.text.slice(spanStart).match(/^\s*/)?.[0].length ?? 0);
    // "juil." keeps its abbreviation dot; "août." ends a sentence.
    const end = index + whole.length - (this.isFullName(monthWord) && /\.(?=\s*$)/.test(whole) ? 1 : 0);
    const result = context.createParsingResult(start, context.text.slice(start, end));
    result.start.assign('month', month);
    result.start.imply('day', 1);
    if (yearWord) result.start.assign('year', fullYear(yearWord));
    else result.start.imply('year', this.impliedYear(dayOf(context.refDate), month, modifier));
    return tagRule(result, RULE_ID, 'month');
  }

  private impliedYear(reference: { year: number; month: number }, month: number, modifier?: string): number {
    const word = modifier?.toLowerCase();
    if (word && this.lexicon.nextWords.includes(word))
      return month > reference.month ? reference.year : reference.year + 1;
    if (word && this.lexicon.lastWords.includes(word))
      return month < reference.month ? reference.year : reference.year - 1;
    return yearClosestTo({ ...reference, day: 1 }, month);
  }

  private isFullName(word: string): boolean {
    const lower = word.toLowerCase();
    const month = this.lexicon.months[lower];
    return !Object.entries(this.lexicon.months).some(
      ([name, number]) => number === month && name.length > lower.length && name.startsWith(lower),
    );
  }

  private opensSentence(text: string, index: number): boolean {
    return /(?:^|[.!?:\n]\s*|\n)$/.test(text.slice(Math.max(0, index - 3), index));
  }
}
