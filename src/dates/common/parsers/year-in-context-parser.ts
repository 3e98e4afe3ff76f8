import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, type DateLexicon } from '../../lexicon.js';
import { startsMidWord } from '../calendar.js';
import { tagRule } from '../result-tags.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 2099;

/**
 * A four-digit year after a date cue ("en 2025", "depuis 1998", "in 2019"). A bare number is
 * never a year, and one followed by a noun is a count ("de 2130 personnes").
 */
export class YearInContextParser implements Parser {
  private readonly regex: RegExp;
  private readonly wordsAfterYear: Set<string>;

  constructor(
    lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    this.regex = new RegExp(`(?:${alternation(lexicon.yearPrefixes)})\\s*(\\d{4})(?![\\p{L}\\d])`, 'iu');
    this.wordsAfterYear = new Set(lexicon.wordsAfterYear);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, written = ''] = match;
    const index = match.index ?? 0;
    const year = Number(written);
    if (startsMidWord(context.text, index) || year < MIN_YEAR || year > MAX_YEAR) return null;
    if (!this.followedByDateBoundary(context.text, index + whole.length)) return null;
    // The cue stays in the span even when it is not part of the date ("depuis 1998"): chrono's
    // refiners drop results made of digits alone.
    const result = context.createParsingResult(index, whole);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    return tagRule(result, this.ruleId, 'year');
  }

  /** A year ends a phrase or is followed by a function word, never by a counted noun or a digit. */
  private followedByDateBoundary(text: string, end: number): boolean {
    const after = /^\s*([\p{L}'’-]+|\S)?/u.exec(text.slice(end, end + 40));
    const next = after?.[1];
    if (!next) return true;
    if (/^[\d%€$£]/u.test(next)) return false;
    if (!/^\p{L}/u.test(next)) return true;
    if (/^\p{Lu}/u.test(next)) return true;
    return this.wordsAfterYear.has(next.toLowerCase().replace(/’/g, "'"));
  }
}
