import { readFileSync } from 'node:fs';
import { parseBylineDateLine, parseStandaloneDate } from '../byline-date.js';
import { alternation, pageMarkers } from '../page-markers.js';

interface BoilerplateLineData {
  patterns: string[];
  casedPatterns: string[];
}

const data = JSON.parse(
  readFileSync(new URL('../../../data/html-extraction/boilerplate-lines.json', import.meta.url), 'utf8'),
) as BoilerplateLineData;

const MAX_FURNITURE_LINE = 200;
const anchored = (patterns: string[]): string => `^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`;
const FURNITURE_LINE = new RegExp(anchored(data.patterns), 'iu');
const CASED_FURNITURE_LINE = new RegExp(anchored(data.casedPatterns), 'u');
const SEE_MORE_LINE = new RegExp(`^(?:${alternation(pageMarkers.seeMore)})\\s*:?$`, 'iu');
const CREDIT_LINE = new RegExp(`^(?:${alternation(pageMarkers.creditLabels)})\\s*:\\s*\\S`, 'iu');
const BYLINE_DATE_LINE = new RegExp(`^(?:${alternation(pageMarkers.bylineDateLabels)})\\b`, 'iu');
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;
const MAX_BYLINE_LINE = 80;
// A day-month-year date inside a line: "15 septembre 2009", "22 de janeiro de 2018", "Nov. 20, 2019", "20/11/2019".
const DATE_INSIDE =
  /\b\d{1,2}(?:er|st|nd|rd|th)?\.?(?: de)? \p{L}{3,12}\.?(?: de)?,? \d{4}\b|\b\p{L}{3,12}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b/u;
const MAX_DATED_LINE = 90;
const MAX_DATED_LINE_WORDS = 8;

/** True for a short line that is page furniture: reading time, byline, share prompt, ad label. */
export function isFurnitureLine(text: string): boolean {
  return text.length <= MAX_FURNITURE_LINE && (FURNITURE_LINE.test(text) || CASED_FURNITURE_LINE.test(text));
}

/** True for a line that opens a block of related links ("Related Coverage", "Lire aussi :"). */
export function isSeeMoreLine(text: string): boolean {
  return text.length <= MAX_FURNITURE_LINE && SEE_MORE_LINE.test(text);
}

/** True for a line that starts with a credit label ("Crédits photos : Bestimage"). */
export function startsWithCreditLabel(text: string): boolean {
  return CREDIT_LINE.test(text);
}

/**
 * A byline line ("Publié le 12/05/2021 à 10h30", "Updated May 3, 2020"): `{ date }` with its
 * `YYYY-MM-DD` (null when unreadable), or null when the line is not a byline.
 */
export function readBylineLine(text: string): { date: string | null } | null {
  if (text.length > MAX_BYLINE_LINE) return null;
  const date = parseBylineDateLine(text);
  if (date) return { date };
  if (!BYLINE_DATE_LINE.test(text)) return null;
  const numeric = NUMERIC_DATE.exec(text);
  const afterLabel = text.replace(BYLINE_DATE_LINE, '').replace(/^\s*:?\s*/, '');
  return { date: (numeric ? parseStandaloneDate(numeric[0]) : null) ?? parseStandaloneDate(afterLabel) };
}

/** The first day-month-year date written inside a line, as `YYYY-MM-DD`, or null. */
export function findDateInside(text: string): string | null {
  const match = DATE_INSIDE.exec(text);
  return match ? parseStandaloneDate(match[0]) : null;
}

/**
 * A short line made of a date and a few words (author, time, place), not a sentence:
 * "Nov. 20, 2019 6:02 AM EST", "November 20, 2019 Emiliano Bellini".
 */
export function isDatedByline(text: string): boolean {
  if (
    text.length > MAX_DATED_LINE ||
    (/[.!?:;]["”»)]?$/u.test(text) && !/\b(?:am|pm|a\.m\.|p\.m\.)$/i.test(text))
  ) {
    return false;
  }
  const match = DATE_INSIDE.exec(text);
  // "— Senate (@NGRSenate) October 9, 2018" closes an embedded post: it is quoted content.
  if (!match || /^[—–-]/u.test(text)) return false;
  const rest = (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).trim();
  return rest === '' || rest.split(/\s+/).length <= MAX_DATED_LINE_WORDS;
}
