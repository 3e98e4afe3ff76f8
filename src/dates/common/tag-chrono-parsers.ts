import { ParsingComponents, ParsingResult, type Parser, type ParsingContext } from 'chrono-node';
import { tagRule } from './result-tags.js';

/** `FRMonthNameLittleEndianParser` → `fr.chrono.month-name-little-endian`. */
export function chronoRuleId(language: string, parserName: string): string {
  const stem = parserName.replace(/^(FR|EN)/, '').replace(/Parser$/, '');
  const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `${language}.chrono.${kebab}`;
}

/**
 * `parser`'s pattern, built once for each value of `forwardDate`. Several stock parsers build a new
 * RegExp on every call (a literal or a joined word list in `innerPattern`, so chrono's own cache
 * never hits), at about 70 µs a French text; chrono 2.10's patterns read nothing of the context
 * but `option.forwardDate` (tag-chrono-parsers.test.ts checks it), and carry no `g` or `y` flag, so
 * one object matches exactly as a new one.
 */
export function patternOnce(parser: Parser): (context: ParsingContext) => RegExp {
  const built: [RegExp | null, RegExp | null] = [null, null];
  return (context) => {
    const forward = context.option.forwardDate ? 1 : 0;
    return (built[forward] ??= parser.pattern(context));
  };
}

/**
 * Wrap chrono's stock parsers so each result names the parser that produced it: the output's
 * ruleId must point at one rule even when the rule lives in chrono rather than in Entente.
 */
export function tagChronoParsers(language: string, parsers: Parser[]): Parser[] {
  return parsers.map((parser) => {
    const ruleId = chronoRuleId(language, parser.constructor.name);
    return {
      pattern: patternOnce(parser),
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
