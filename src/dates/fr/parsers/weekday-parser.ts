import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { addDays, dayOf, mondayOf, startsMidWord, weekdayOf } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.weekday';

/**
 * "mardi", "ce mardi", "mardi prochain", "mardi dernier", "mardi suivant", "mardi en huit". A
 * bare weekday is left to the direction refiners (past in news, forward on request); "ce mardi"
 * is the Tuesday of the current week; a modified one is fixed here.
 */
export class FRWeekdayParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const weekdays = alternation(Object.keys(lexicon.weekdays));
    const these = alternation(lexicon.thisDeterminers);
    const modifiers = alternation([
      ...lexicon.nextWords,
      ...lexicon.lastWords,
      ...Object.keys(lexicon.weekdayOffsets),
    ]);
    this.regex = new RegExp(`(?:(${these})\\s+)?(${weekdays})(?:\\s+(${modifiers}))?(?![\\p{L}\\d-])`, 'iu');
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, determiner, weekdayWord = '', modifier] = match;
    const index = match.index ?? 0;
    const weekday = lookup(this.lexicon.weekdays, weekdayWord);
    if (weekday === undefined || startsMidWord(context.text, index)) return null;
    const reference = dayOf(context.refDate);
    const daysBack = (weekdayOf(reference) - weekday + 7) % 7;
    const daysAhead = (weekday - weekdayOf(reference) + 7) % 7 || 7;
    const word = modifier?.toLowerCase().replace(/’/g, "'");
    const components = context.createParsingComponents({ weekday });
    let day = addDays(reference, -daysBack);
    if (determiner && !word) {
      day = addDays(mondayOf(reference), (weekday + 6) % 7);
      // Read forward, "ce lundi" said on a Tuesday is the coming Monday.
      if (context.option.forwardDate && (weekday + 6) % 7 < (weekdayOf(reference) + 6) % 7)
        day = addDays(day, 7);
    } else if (word && this.lexicon.nextWords.includes(word)) day = addDays(reference, daysAhead);
    else if (word && this.lexicon.lastWords.includes(word)) day = addDays(reference, -(daysBack || 7));
    else if (word) {
      // "mardi en huit": the first such weekday at least a week (eight days, counted inclusively) away.
      const earliest = addDays(reference, lookup(this.lexicon.weekdayOffsets, word) ?? 0);
      day = addDays(earliest, (weekday - weekdayOf(earliest) + 7) % 7);
    }
    if (word || determiner)
      components.assign('year', day.year).assign('month', day.month).assign('day', day.day);
    else components.imply('year', day.year).imply('month', day.month).imply('day', day.day);
    return tagRule(context.createParsingResult(index, whole, components), RULE_ID, 'day');
  }
}
