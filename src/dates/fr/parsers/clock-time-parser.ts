import type { Parser, ParsingContext } from 'chrono-node';
import { startsMidWord } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.time.clock';

// "heures" spelled out is also a duration ("pendant 48 heures"): it needs a preposition of time.
const PATTERN =
  /(?:(à|a|vers|dès|jusqu['’]à|aux alentours de|autour de)\s+)?(?:(\d{1,2})\s?(?:(h)|(heures?))(?:\s?(\d{2}))?|(midi|minuit)(?:\s+(et quart|et demie?|moins le quart))?)(?![\p{L}\d])/iu;

const NAMED_HOURS: Record<string, number> = { midi: 12, minuit: 0 };
const NAMED_MINUTES: Record<string, number> = {
  'et quart': 15,
  'et demi': 30,
  'et demie': 30,
  'moins le quart': -15,
};

/** Clock times as French papers print them: "21 h 45", "18 h", "vers 12 h 30", "à 15 heures", "midi". */
export class FRClockTimeParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, preposition, hourWord, abbreviated, , minuteWord, namedHour, namedMinutes] = match;
    const index = match.index ?? 0;
    // "après-midi" is a part of the day, not noon.
    if (startsMidWord(context.text, index) || context.text[index - 1] === '-') return null;
    if (hourWord && !abbreviated && !preposition) return null;
    // "le Midi" is the south of France.
    if (namedHour && namedHour !== namedHour.toLowerCase()) return null;
    const named = namedHour?.toLowerCase();
    const offset = named ? (NAMED_MINUTES[namedMinutes?.toLowerCase() ?? ''] ?? 0) : 0;
    const hour = named ? (NAMED_HOURS[named] ?? 12) - (offset < 0 ? 1 : 0) : Number(hourWord);
    const minute = named ? (offset + 60) % 60 : minuteWord ? Number(minuteWord) : 0;
    if (hour > 24 || minute > 59) return null;
    const timeWord = hourWord ?? namedHour ?? '';
    const start = preposition ? index + whole.indexOf(timeWord, preposition.length) : index;
    const result = context.createParsingResult(start, context.text.slice(start, index + whole.length));
    result.start.assign('hour', (hour + 24) % 24);
    result.start.assign('minute', minute);
    return tagRule(result, RULE_ID, 'day');
  }
}
