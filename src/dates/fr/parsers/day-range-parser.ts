import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { dayOf, startsMidWord, yearClosestTo } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.day-range';

/**
 * Day ranges chrono's French locale misses ("entre le 13 et le 15 juillet", "du samedi 13 au
 * dimanche 15 juillet", "du 10 juin au 1er juillet") and the spelled first day ("premier mars").
 */
export class FRDayRangeParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const weekdays = alternation(Object.keys(lexicon.weekdays));
    const months = alternation(Object.keys(lexicon.months));
    const first = alternation(lexicon.firstDayWords);
    const day = `(?:(?:${weekdays})\\s+)?(\\d{1,2}|${first})(?:er|e|ème|eme)?`;
    this.regex = new RegExp(
      `(?:(?:du|entre\\s+le|entre\\s+les|le)\\s+)?${day}(?:\\s+(${months})\\.?(?:\\s+(\\d{4}))?)?` +
        `(?:\\s*(?:au|et\\s+le|jusqu['’]au|-|–)\\s*${day})?\\s+(${months})(?![\\p{L}])\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, fromDayWord = '', fromMonthWord, fromYearWord, toDayWord, toMonthWord = '', toYearWord] =
      match;
    const index = match.index ?? 0;
    if (startsMidWord(context.text, index)) return null;
    // Single days with digits are chrono's; only ranges and the spelled first day are ours.
    if (!toDayWord && /\d/.test(fromDayWord)) return null;
    if (!toDayWord && fromMonthWord) return null;
    const toMonth = lookup(this.lexicon.months, toMonthWord);
    const fromMonth = fromMonthWord ? lookup(this.lexicon.months, fromMonthWord) : toMonth;
    const fromDay = this.dayNumber(fromDayWord);
    const toDay = toDayWord ? this.dayNumber(toDayWord) : undefined;
    if (!toMonth || !fromMonth || fromDay > 31 || (toDay ?? 1) > 31) return null;
    const reference = dayOf(context.refDate);
    const toYear = toYearWord ? Number(toYearWord) : yearClosestTo(reference, toMonth);
    const fromYear = fromYearWord ? Number(fromYearWord) : fromMonth > toMonth ? toYear - 1 : toYear;
    const point = (day: number, month: number, year: number, certainYear: boolean) => {
      const components = context.createParsingComponents({ day, month });
      return certainYear ? components.assign('year', year) : components.imply('year', year);
    };
    const certain = Boolean(toYearWord);
    const start = point(fromDay, fromMonth, fromYear, Boolean(fromYearWord) || certain);
    const end = toDay === undefined ? undefined : point(toDay, toMonth, toYear, certain);
    const text = whole.replace(/\.$/, '');
    return tagRule(context.createParsingResult(index, text, start, end), RULE_ID, 'day');
  }

  private dayNumber(word: string): number {
    return /^\d+$/.test(word) ? Number(word) : 1;
  }
}
