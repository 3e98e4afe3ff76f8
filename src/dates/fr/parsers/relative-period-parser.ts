import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, type DateLexicon } from '../../lexicon.js';
import { periodStart } from '../../common/period.js';
import { startsMidWord } from '../../common/calendar.js';
import { tagRule } from '../../common/result-tags.js';

export const RULE_ID = 'fr.date.relative-period';

/** "cette semaine", "ce mois-ci", "la semaine dernière", "le mois prochain", "l'an dernier", "l'année en cours". */
export class FRRelativePeriodParser implements Parser {
  private readonly regex: RegExp;

  constructor(private readonly lexicon: DateLexicon) {
    const units = alternation(Object.keys(lexicon.periodUnits));
    const these = alternation(lexicon.thisDeterminers);
    const modifiers = alternation([...lexicon.nextWords, ...lexicon.lastWords, ...lexicon.currentWords]);
    this.regex = new RegExp(
      `(?:(${these})\\s+(${units})(?:-ci)?|(?:la|le|l['’]|du|de\\s+la|de\\s+l['’])\\s*(${units})\\s*(${modifiers}))(?![\\p{L}])`,
      'iu',
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, determiner, unitAfterThis, unitAfterArticle, modifier] = match;
    const index = match.index ?? 0;
    const grain = lookup(this.lexicon.periodUnits, unitAfterThis ?? unitAfterArticle ?? '');
    if (!grain || startsMidWord(context.text, index)) return null;
    const word = (modifier ?? '').toLowerCase();
    const offset = determiner
      ? 0
      : this.lexicon.nextWords.includes(word)
        ? 1
        : this.lexicon.lastWords.includes(word)
          ? -1
          : 0;
    const result = context.createParsingResult(index, whole, periodStart(context, grain, offset));
    return tagRule(result, RULE_ID, grain);
  }
}
