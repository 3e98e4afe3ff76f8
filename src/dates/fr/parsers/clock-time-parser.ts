import type { Parser, ParsingContext } from 'chrono-node';
import { startsMidWord } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.time.clock';

// "heures" spelled out is also a duration ("pendant 48 heures"): it needs a preposition of time.
const PATTERN =
  /(?:(à|a|vers|dès|jusqu['’]à|aux alentours de|autour de)\s+)?(\d{1,2})\s?(?:(h)|(heures?))(?:\s?(\d{2}))?(?![\p{L}\d])/iu;

/** Clock times as French papers print them: "21 h 45", "18 h", "vers 12 h 30", "à 15 heures". */
export class FRClockTimeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, preposition, hourWord = '', abbreviated, , minuteWord] = match;
    const index = match.index ?? 0;
    const hour = Number(hourWord);
    const minute = minuteWord ? Number(minuteWord) : 0;
    if (startsMidWord(context.text, index) || hour > 24 || minute > 59) return null;
    if (!abbreviated && !preposition) return null;
    const start = preposition ? index + whole.indexOf(hourWord, preposition.length) : index;
    const result = context.createParsingResult(start, context.text.slice(start, index + whole.length));
    result.start.assign('hour', hour % 24);
    result.start.assign('minute', minute);
    return tagRule(result, RULE_ID, 'day');
  }
}
