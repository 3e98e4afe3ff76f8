import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, type DateLexicon } from '../../lexicon.js';
import { ruleOf } from '../result-tags.js';

/**
 * Drop stock chrono readings that news copy rarely means: a duration read as an offset ("de 38
 * ans" is an age, "dans 38 ans" a date), bare numbers read as hours ("à 5", "0-6"), and weekday
 * abbreviations that are common words ("mer" is the sea).
 */
export class DropUnlikelyReadingsRefiner implements Refiner {
  private readonly offsetCue: RegExp;
  private readonly bareNumbers: RegExp;
  private readonly weekdayName: RegExp;

  constructor(lexicon: DateLexicon) {
    this.offsetCue = new RegExp(`^(?:${alternation(lexicon.offsetCues)})(?![\\p{L}])`, 'iu');
    const prepositions = alternation(lexicon.timePrepositions);
    this.bareNumbers = new RegExp(`^(?:[\\s\\d.,–-]|(?:${prepositions})(?![\\p{L}]))*$`, 'iu');
    this.weekdayName = new RegExp(
      `(?<![\\p{L}])(?:${alternation(Object.keys(lexicon.weekdays))})(?![\\p{L}])`,
      'iu',
    );
  }

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !this.isUnlikely(result));
  }

  private isUnlikely(result: ParsingResult): boolean {
    const rule = ruleOf(result.tags()) ?? '';
    if (rule.endsWith('.chrono.time-unit-within-format')) return !this.offsetCue.test(result.text);
    if (/\.chrono\.(?:specific-)?time-expression$/.test(rule)) return this.bareNumbers.test(result.text);
    if (rule.endsWith('.chrono.weekday')) return !this.weekdayName.test(result.text);
    return false;
  }
}
