import { Chrono, en } from 'chrono-node';
import { loadDateLexicon, loadUnitSpanLexicon } from '../lexicon.js';
import { tagChronoParsers } from '../common/tag-chrono-parsers.js';
import { PreferEntenteResultsRefiner } from '../common/refiners/prefer-entente-results-refiner.js';
import { DropUnlikelyReadingsRefiner } from '../common/refiners/drop-unlikely-readings-refiner.js';
import { MergeAlternativeRefiner } from '../common/refiners/merge-alternative-refiner.js';
import { PastLeaningWeekdayRefiner } from '../common/refiners/past-leaning-weekday-refiner.js';
import { YearInContextParser } from '../common/parsers/year-in-context-parser.js';
import { PartOfMonthParser } from '../common/parsers/part-of-month-parser.js';
import { MisspelledMonthParser } from '../common/parsers/misspelled-month-parser.js';
import { DayOffsetParser } from '../common/parsers/day-offset-parser.js';
import { AnaphoricDayParser } from '../common/parsers/anaphoric-day-parser.js';
import { WeekdayOfWeekRefiner } from '../common/refiners/weekday-of-week-refiner.js';
import { ENUnitSpanParser } from './parsers/unit-span-parser.js';
import { FixedHolidayParser } from '../common/parsers/fixed-holiday-parser.js';
import { ENRelativePeriodParser } from './parsers/relative-period-parser.js';

/** chrono's casual English configuration (month-first slash dates; "29 May" and "May 29" both parse) with Entente's parsers. */
export function createEnglishChrono(): Chrono {
  const lexicon = loadDateLexicon('en');
  const spans = loadUnitSpanLexicon('en');
  const configuration = en.configuration.createCasualConfiguration(false);
  configuration.parsers = [
    ...tagChronoParsers('en', configuration.parsers),
    new ENRelativePeriodParser(lexicon),
    new ENUnitSpanParser(spans),
    new FixedHolidayParser(lexicon, 'en.date.holiday'),
    new DayOffsetParser(lexicon, 'en.date.day-offset'),
    new AnaphoricDayParser(
      lexicon.anaphoricDays,
      spans.numberWords,
      'en.date.anaphoric-day',
      'en.date.event-relative-day',
    ),
    new YearInContextParser(lexicon, 'en.date.year'),
    new PartOfMonthParser(lexicon, 'en.date.part-of-month'),
    new MisspelledMonthParser(lexicon, 'en.date.misspelled-month'),
  ];
  configuration.refiners.unshift(
    new PreferEntenteResultsRefiner(),
    new DropUnlikelyReadingsRefiner(lexicon),
    new WeekdayOfWeekRefiner(lexicon, 'en.date.weekday-of-week'),
  );
  configuration.refiners.push(new MergeAlternativeRefiner(lexicon, 'en.date.one-of'));
  configuration.refiners.push(new PastLeaningWeekdayRefiner(lexicon));
  return new Chrono(configuration);
}
