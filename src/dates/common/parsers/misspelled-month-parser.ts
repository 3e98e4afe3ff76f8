import type { Parser, ParsingContext } from 'chrono-node';
import type { DateLexicon } from '../../lexicon.js';
import { dayOf, startsMidWord, yearClosestTo } from '../calendar.js';
import { tagRule } from '../result-tags.js';
import { AnchoredPattern } from '../anchored-pattern.js';

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

/** Every match starts at a day number, or 5 to 10 letters before the spaces before a year. */
export const MISSPELLED_MONTH =
  /(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}{5,10})(?:\s+(\d{4}))?|(\p{L}{5,10})\s+(\d{4}))(?![\p{L}\d])/iu;

// A digit, or spaces then a digit (a word before a year ends where such spaces start).
const DIGIT_OR_SPACES_BEFORE_ONE = /\d|\s+\d/g;
// Ten letters of the astral planes take twenty UTF-16 units.
const LONGEST_WORD_UNITS = 20;
const SHORTEST_WORD = 5;

/**
 * Where a MISSPELLED_MONTH match can start: each digit, and from 20 to 5 units before the spaces
 * before a digit (a word of five to ten letters, astral ones included, may end there).
 */
export function misspelledMonthStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_OR_SPACES_BEFORE_ONE.lastIndex = 0;
  for (
    let match = DIGIT_OR_SPACES_BEFORE_ONE.exec(text);
    match;
    match = DIGIT_OR_SPACES_BEFORE_ONE.exec(text)
  ) {
    const wordEnd = match.index;
    if (match[0].length > 1) {
      for (let start = wordEnd - LONGEST_WORD_UNITS; start <= wordEnd - SHORTEST_WORD; start += 1)
        starts.push(start);
    }
    starts.push(wordEnd + match[0].length - 1);
  }
  return starts;
}

/** "le 12 janvie", "janvie 2026": a day or year beside a long month name with one typo. */
export class MisspelledMonthParser implements Parser {
  private readonly regex = new AnchoredPattern(MISSPELLED_MONTH, misspelledMonthStarts);
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
