import { readFileSync } from 'node:fs';
import type { DateGrain } from '../records/article.js';

/** Whether a context word is part of the date phrase ("en août") or only a cue ("depuis août"). */
export type PrefixRole = 'span' | 'context';

/** The date vocabulary of one language pack (`lang/<code>/dates.json` + `months.json`). */
export interface DateLexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  periodUnits: Record<string, DateGrain>;
  thisDeterminers: string[];
  nextWords: string[];
  lastWords: string[];
  currentWords: string[];
  /** Words that put a month in date context; "span" ones belong to the date's text. */
  monthPrefixes: Record<string, PrefixRole>;
  /** Words that make a four-digit number a year ("en 2025", "depuis 1998"); they stay in the span. */
  yearPrefixes: string[];
  wordsAfterYear: string[];
  partsOfMonth: Record<string, 'early' | 'mid' | 'late'>;
  alternativeConnectors: string[];
  /** Words that make "N units" a point in time ("dans 2 jours") rather than a duration ("de 38 ans"). */
  offsetCues: string[];
  /** Prepositions that may stand around clock numbers ("de 8 à 10"). */
  timePrepositions: string[];
  /** Fixed day offsets from the reference ("avant-hier" → -2). */
  dayOffsets: Record<string, number>;
  /** Words between a weekday and the week it falls in ("mardi de la semaine prochaine"). */
  weekdayLinks: string[];
  /** Weekday postfixes that add days after the next occurrence ("mardi en huit" → +7). */
  weekdayOffsets: Record<string, number>;
  /** Words for the first day of a month ("premier mars"). */
  firstDayWords: string[];
  /** Holidays on a fixed day of the year → [month, day]. */
  fixedHolidays: Record<string, [number, number]>;
  /** Words after a holiday name that make it another calendar's ("Nouvel An lunaire"). */
  holidayQualifiers: string[];
  /** Words for a part of a named period ("en fin de", "the end of") → which third. */
  partsOfPeriod: Record<string, 'early' | 'mid' | 'late'>;
  /** Month, weekday, unit and casual words chrono's own parsers of the language need (`date-words.ts`). */
  chronoWords: string[];
  /** Days told from the text's previous day ("le lendemain", "two days later"). */
  anaphoricDays: AnaphoricDayLexicon;
}

/** Phrases that name a day by its distance from the last day the text named before them. */
export interface AnaphoricDayLexicon {
  /** Fixed phrases → offset in days ("la veille" → -1). */
  fixed: Record<string, number>;
  /** Units of counted phrases → their length in days ("semaines" → 7). */
  units: Record<string, number>;
  /** Direction words after a counted unit: forward ("plus tard") or back ("auparavant"). */
  later: string[];
  earlier: string[];
  /** Last words of a phrase that take a complement ("before"): such a phrase must end its clause. */
  clauseFinal: string[];
  /** Words after which the phrase is dated by what follows, not by the text ("la veille **du** sommet"). */
  complements: string[];
  /** Phrases that put a day shortly before a named event without saying how long ("à la veille de"). */
  approximate: string[];
}

/** Units of "les trois derniers mois"-style spans, from seconds to years. */
export type SpanUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Vocabulary for spans of whole units counted back or forward ("les 3 derniers jours", "the past two weeks"). */
export interface UnitSpanLexicon {
  numberWords: Record<string, number>;
  spanUnits: Record<string, SpanUnit>;
  spanLastWords: string[];
  spanNextWords: string[];
}

const LANG_DIR = new URL('../../lang/', import.meta.url);

function readJson(path: string): Record<string, unknown> {
  const parsed = JSON.parse(readFileSync(new URL(path, LANG_DIR), 'utf8')) as Record<string, unknown>;
  delete parsed['$comment'];
  return parsed;
}

/** Load the date lexicon of a supported language (read once per process by the locale modules). */
export function loadDateLexicon(code: 'fr' | 'en'): DateLexicon {
  const months = readJson(`${code}/months.json`) as Record<string, number>;
  return { ...(readJson(`${code}/dates.json`) as Omit<DateLexicon, 'months'>), months };
}

/** Load the unit-span vocabulary of a language pack. */
export function loadUnitSpanLexicon(code: 'fr' | 'en'): UnitSpanLexicon {
  return readJson(`${code}/dates.json`) as unknown as UnitSpanLexicon;
}

/** A regex alternation of the given phrases, longest first, with regex characters escaped. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('|');
}

/** Look a matched phrase up in a lexicon keyed by lower-case phrases (typographic apostrophes folded). */
export function lookup<T>(table: Record<string, T>, phrase: string): T | undefined {
  return table[phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
}
