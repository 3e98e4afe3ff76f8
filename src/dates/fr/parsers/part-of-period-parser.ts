import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { addDays, addMonths, daysInMonth, startsMidWord } from '../../common/calendar.js';
import { periodStart } from '../../common/period.js';
import { tagRule } from '../../common/result-tags.js';
import type { DateGrain } from '../../../records/article.js';

export const RULE_ID = 'fr.date.part-of-period';

type Third = 'early' | 'mid' | 'late';

/**
 * "en fin de semaine", "au début du mois", "d'ici la fin de l'année", "à la fin du mois prochain":
 * the early, middle or late third of a named period (a week: Mon–Tue, Wed–Thu, Fri–Sun; a month:
 * days 1–10, 11–20, 21–end; a year: January–April, May–August, September–December).
 */
export class FRPartOfPeriodParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const parts = alternation(Object.keys(lexicon.partsOfPeriod));
    const units = alternation(Object.keys(lexicon.periodUnits));
    const modifiers = alternation([...lexicon.nextWords, ...lexicon.lastWords, ...lexicon.currentWords]);
    this.regex = new RegExp(
      `(${parts})\\s*(?:de\\s+la|de\\s+l['’]|du|de\\s+cette|de\\s+cet|de\\s+ce|de|d['’])\\s*(${units})(?:\\s+(${modifiers}))?(?![\\p{L}])`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, partWord = '', unitWord = '', modifier] = match;
    const index = match.index ?? 0;
    const third = lookup(this.lexicon.partsOfPeriod, partWord);
    const grain = lookup(this.lexicon.periodUnits, unitWord);
    if (!third || !grain || grain === 'quarter' || startsMidWord(context.text, index)) return null;
    const word = modifier?.toLowerCase() ?? '';
    const offset = this.lexicon.nextWords.includes(word) ? 1 : this.lexicon.lastWords.includes(word) ? -1 : 0;
    const start = periodStart(context, grain, offset);
    const first = {
      year: start.get('year') ?? 0,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
    };
    const [from, to, valueGrain] = this.thirdOf(first, grain, third);
    const result = context.createParsingResult(index, whole, from, to);
    return tagRule(result, RULE_ID, valueGrain);
  }

  private thirdOf(
    first: { year: number; month: number; day: number },
    grain: DateGrain,
    third: Third,
  ): [{ year: number; month: number; day: number }, { year: number; month: number; day: number }, DateGrain] {
    const position = third === 'early' ? 0 : third === 'mid' ? 1 : 2;
    if (grain === 'week') {
      const [fromDay, toDay] = (
        [
          [0, 1],
          [2, 3],
          [4, 6],
        ] as const
      )[position];
      return [addDays(first, fromDay), addDays(first, toDay), 'day'];
    }
    if (grain === 'year') {
      const from = addMonths(first.year, 1, 4 * position);
      const to = addMonths(first.year, 4, 4 * position);
      return [{ ...from, day: 1 }, { ...to, day: 1 }, 'month'];
    }
    const lastDay = daysInMonth(first.year, first.month);
    const [fromDay, toDay] = (
      [
        [1, 10],
        [11, 20],
        [21, lastDay],
      ] as const
    )[position];
    return [{ ...first, day: fromDay }, { ...first, day: toDay }, 'day'];
  }
}
