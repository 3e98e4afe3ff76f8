import { readFileSync } from 'node:fs';
import type { DateGrain } from '../records/article.js';

/** Whether a context word is part of the date phrase ("en août") or only a cue ("depuis 1998"). */
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
  /** Words that put a month or year in date context; "span" ones belong to the date's text. */
  monthPrefixes: Record<string, PrefixRole>;
  yearPrefixes: Record<string, PrefixRole>;
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
