import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, type DateLexicon } from '../../lexicon.js';
import { grainOf, isOneOf, tagOneOf, tagRule } from '../result-tags.js';

/** "en juillet ou en août", "July or August": two dates of one grain joined by "or" become a one-of set. */
export class MergeAlternativeRefiner implements Refiner {
  private readonly between: RegExp;

  constructor(
    lexicon: DateLexicon,
    private readonly ruleId: string,
  ) {
    this.between = new RegExp(`^\\s*,?\\s*(?:${alternation(lexicon.alternativeConnectors)})\\s*$`, 'iu');
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      if (previous && this.areAlternatives(context.text, previous, result)) {
        const joined = context.createParsingResult(
          previous.index,
          result.index + result.text.length,
          previous.start,
          result.start,
        );
        joined.addTags(previous.tags());
        joined.addTags(result.tags());
        merged[merged.length - 1] = tagOneOf(tagRule(joined, this.ruleId));
        continue;
      }
      merged.push(result);
    }
    return merged;
  }

  private areAlternatives(text: string, left: ParsingResult, right: ParsingResult): boolean {
    if (left.end || right.end || isOneOf(left.tags())) return false;
    if (grainOf(left.tags()) !== grainOf(right.tags())) return false;
    return this.between.test(text.slice(left.index + left.text.length, right.index));
  }
}
