import type { Parser, ParsingContext } from 'chrono-node';
import type { DateLexicon } from '../../lexicon.js';
import { dayOf, startsMidWord, yearClosestTo } from '../calendar.js';
import { tagRule } from '../result-tags.js';

// Short month names sit one edit away from common words ("mai"/"mais", "juin"/"juif"), so only
// long names are matched loosely, and only next to a day number or a year.
const MIN_FUZZY_LENGTH = 6;

/** Optimal string alignment distance, capped: we only need to know whether it is at most 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true;
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true;
  return (
    restA.length > 1 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)
  );
}

/** "le 12 janvie", "janvie 2026": a day or year beside a long month name with one typo. */
export class MisspelledMonthParser implements Parser {
  private readonly regex =
    /(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}{5,10})(?:\s+(\d{4}))?|(\p{L}{5,10})\s+(\d{4}))(?![\p{L}\d])/iu;
  private readonly longNames: Array<[string, number]>;

  constructor(
    private readonly lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    this.longNames = Object.entries(lexicon.months).filter(([name]) => name.length >= MIN_FUZZY_LENGTH);
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, dayWord, wordWithDay, yearWithDay, wordWithYear, yearAlone] = match;
    const index = match.index ?? 0;
    const word = (wordWithDay ?? wordWithYear ?? '').toLowerCase();
    const yearWord = yearWithDay ?? yearAlone;
    if (startsMidWord(context.text, index) || word in this.lexicon.months) return null;
    const month = this.longNames.find(([name]) => withinOneEdit(word, name))?.[1];
    const day = dayWord ? Number(dayWord) : undefined;
    if (month === undefined || (day !== undefined && (day < 1 || day > 31))) return null;
    const components = context.createParsingComponents({ month });
    if (yearWord) components.assign('year', Number(yearWord));
    else components.imply('year', yearClosestTo(dayOf(context.refDate), month));
    if (day !== undefined) components.assign('day', day);
    else components.imply('day', 1);
    const result = context.createParsingResult(index, whole, components);
    return tagRule(result, this.ruleId, day !== undefined ? 'day' : 'month');
  }
}
