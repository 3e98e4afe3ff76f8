import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEntenteResult } from '../result-tags.js';

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/**
 * Drop a stock chrono result that overlaps an Entente result covering at least as much text:
 * Entente's parsers know the grain ("la semaine dernière" is a week, not a day), chrono's do not.
 */
export class PreferEntenteResultsRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ours = results.filter((result) => isEntenteResult(result.tags()));
    return results.filter(
      (result) =>
        isEntenteResult(result.tags()) ||
        !ours.some((mine) => overlaps(mine, result) && mine.text.length >= result.text.length),
    );
  }
}
