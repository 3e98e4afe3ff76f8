import { Chrono, fr } from 'chrono-node';
import { loadDateLexicon, loadUnitSpanLexicon } from '../lexicon.js';
import { tagChronoParsers } from '../common/tag-chrono-parsers.js';
import { PreferEntenteResultsRefiner } from '../common/refiners/prefer-entente-results-refiner.js';
import { DropUnlikelyReadingsRefiner } from '../common/refiners/drop-unlikely-readings-refiner.js';
import { MergeAlternativeRefiner } from '../common/refiners/merge-alternative-refiner.js';
import { PastLeaningWeekdayRefiner } from '../common/refiners/past-leaning-weekday-refiner.js';
import { YearInContextParser } from '../common/parsers/year-in-context-parser.js';
import { PartOfMonthParser } from '../common/parsers/part-of-month-parser.js';
import { MisspelledMonthParser } from '../common/parsers/misspelled-month-parser.js';
import { FRMonthNameParser } from './parsers/month-name-parser.js';
import { FRRelativePeriodParser } from './parsers/relative-period-parser.js';
import { FRClockTimeParser } from './parsers/clock-time-parser.js';
import { FRWeekdayParser } from './parsers/weekday-parser.js';
import { FRDayRangeParser } from './parsers/day-range-parser.js';
import { FRWeekdayDayParser } from './parsers/weekday-day-parser.js';
import { FRUnitSpanParser } from './parsers/unit-span-parser.js';
import { FRPartOfPeriodParser } from './parsers/part-of-period-parser.js';
import { FixedHolidayParser } from '../common/parsers/fixed-holiday-parser.js';
import { DayOffsetParser } from '../common/parsers/day-offset-parser.js';
import { AnaphoricDayParser } from '../common/parsers/anaphoric-day-parser.js';
import { WeekdayOfWeekRefiner } from '../common/refiners/weekday-of-week-refiner.js';

/** chrono's casual French configuration with Entente's French parsers and refiners added. */
export function createFrenchChrono(): Chrono {
  const lexicon = loadDateLexicon('fr');
  const spans = loadUnitSpanLexicon('fr');
  const configuration = fr.createCasualConfiguration(true);
  // Entente's weekday parser replaces chrono's: it knows "suivant", "en huit" and leans to the past.
  const stockParsers = configuration.parsers.filter(
    (parser) => parser.constructor.name !== 'FRWeekdayParser',
  );
  configuration.parsers = [
    ...tagChronoParsers('fr', stockParsers),
    new FRMonthNameParser(lexicon),
    new FRRelativePeriodParser(lexicon),
    new FRClockTimeParser(),
    new FRWeekdayParser(lexicon),
    new FRDayRangeParser(lexicon),
    new FRWeekdayDayParser(lexicon),
    new FRUnitSpanParser(spans),
    new FRPartOfPeriodParser(lexicon),
    new FixedHolidayParser(lexicon, 'fr.date.holiday'),
    new DayOffsetParser(lexicon, 'fr.date.day-offset'),
    new AnaphoricDayParser(
      lexicon.anaphoricDays,
      spans.numberWords,
      'fr.date.anaphoric-day',
      'fr.date.event-relative-day',
    ),
    new YearInContextParser(lexicon, 'fr.date.year'),
    new PartOfMonthParser(lexicon, 'fr.date.part-of-month'),
    new MisspelledMonthParser(lexicon, 'fr.date.misspelled-month'),
  ];
  configuration.refiners.unshift(
    new PreferEntenteResultsRefiner(),
    new DropUnlikelyReadingsRefiner(lexicon),
    new WeekdayOfWeekRefiner(lexicon, 'fr.date.weekday-of-week'),
  );
  configuration.refiners.push(new MergeAlternativeRefiner(lexicon, 'fr.date.one-of'));
  configuration.refiners.push(new PastLeaningWeekdayRefiner(lexicon));
  return new Chrono(configuration);
}
