import { ParsingComponents, ParsingResult, type Parser, type ParsingContext } from 'chrono-node';
import { tagRule } from './result-tags.js';

/** `FRMonthNameLittleEndianParser` → `fr.chrono.month-name-little-endian`. */
export function chronoRuleId(language: string, parserName: string): string {
  const stem = parserName.replace(/^(FR|EN)/, '').replace(/Parser$/, '');
  const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `${language}.chrono.${kebab}`;
}

/**
 * Wrap chrono's stock parsers so each result names the parser that produced it: the output's
 * ruleId must point at one rule even when the rule lives in chrono rather than in Entente.
 */
export function tagChronoParsers(language: string, parsers: Parser[]): Parser[] {
  return parsers.map((parser) => {
    const ruleId = chronoRuleId(language, parser.constructor.name);
    return {
      pattern: (context: ParsingContext) => parser.pattern(context),
      extract(context: ParsingContext, match: RegExpMatchArray) {
        const extracted = parser.extract(context, match);
        if (!extracted) return null;
        if (extracted instanceof ParsingResult || extracted instanceof ParsingComponents) {
          return tagRule(extracted, ruleId);
        }
        return tagRule(context.createParsingComponents(extracted), ruleId);
      },
    };
  });
}
