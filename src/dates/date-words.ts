import { loadDateLexicon, loadUnitSpanLexicon, type DateLexicon, type UnitSpanLexicon } from './lexicon.js';
import type { DateLanguage } from './locales.js';

/**
 * A text chrono and Entente's date parsers can find nothing in: every parser needs a digit or at
 * least one word of its language's date vocabulary (a month, weekday or unit name, a casual word
 * such as "hier" or "tonight", a holiday), so a chunk with neither is not handed to chrono, which
 * tries each parser's pattern at every position. Words are compared lower-cased, letter runs
 * only ("aujourd'hui" is "aujourd" and "hui"); a phrase of the lexicon ("prise de la Bastille")
 * is found by its longest word unless one of its words is already a date word.
 */
export type DateChunkFilter = (text: string) => boolean;

const LETTER_RUN = /\p{L}+/gu;
const NUMBER = /\p{N}/u;
const NON_ASCII = /[^a-z]/;
const ASCII_RUN = /[a-z]+/g;

function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().match(LETTER_RUN) ?? [];
}

/** The words one of which any date of the language has (digits aside). */
export function dateWords(lexicon: DateLexicon, spans: UnitSpanLexicon): Set<string> {
  const words = new Set<string>();
  const phrases = [
    ...lexicon.chronoWords,
    ...Object.keys(lexicon.months),
    ...Object.keys(lexicon.weekdays),
    ...Object.keys(lexicon.periodUnits),
    ...Object.keys(lexicon.fixedHolidays),
    ...Object.keys(lexicon.dayOffsets),
    ...Object.keys(lexicon.anaphoricDays.fixed),
    ...Object.keys(lexicon.anaphoricDays.units),
    ...lexicon.anaphoricDays.approximate,
    ...Object.keys(spans.spanUnits),
  ];
  const longer: string[][] = [];
  for (const phrase of phrases) {
    const pieces = wordsOf(phrase);
    if (pieces.length === 1) words.add(pieces[0]!);
    else if (pieces.length > 1) longer.push(pieces);
  }
  for (const pieces of longer) {
    if (pieces.some((piece) => words.has(piece))) continue;
    words.add(pieces.reduce((best, piece) => (piece.length > best.length ? piece : best)));
  }
  return words;
}

/**
 * Whether a text has a digit or one of the date words, as a run of letters or as a run of ASCII
 * letters inside one: chrono's word boundaries are ASCII (\W), so its English parsers read the
 * "march" of "marché".
 */
export function mayHoldDate(text: string, words: ReadonlySet<string>): boolean {
  if (NUMBER.test(text)) return true;
  for (const [run] of text.toLowerCase().matchAll(LETTER_RUN)) {
    if (words.has(run)) return true;
    if (NON_ASCII.test(run)) for (const [part] of run.matchAll(ASCII_RUN)) if (words.has(part)) return true;
  }
  return false;
}

const filters = new Map<DateLanguage, DateChunkFilter>();

/** The chunk filter of a language, its words read once. */
export function dateChunkFilter(language: DateLanguage): DateChunkFilter {
  let filter = filters.get(language);
  if (!filter) {
    const words = dateWords(loadDateLexicon(language), loadUnitSpanLexicon(language));
    filter = (text) => mayHoldDate(text, words);
    filters.set(language, filter);
  }
  return filter;
}
