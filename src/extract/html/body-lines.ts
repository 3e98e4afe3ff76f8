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

const MAX_FURNITURE_LINE = 100;
const anchored = (patterns: string[]): string => `^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`;
const FURNITURE_LINE = new RegExp(anchored(data.patterns), 'iu');
const CASED_FURNITURE_LINE = new RegExp(anchored(data.casedPatterns), 'u');
const SEE_MORE_LINE = new RegExp(`^(?:${alternation(pageMarkers.seeMore)})\\s*:?$`, 'iu');
const CREDIT_LINE = new RegExp(`^(?:${alternation(pageMarkers.creditLabels)})\\s*:\\s*\\S`, 'iu');
const BYLINE_DATE_LINE = new RegExp(`^(?:${alternation(pageMarkers.bylineDateLabels)})\\b`, 'iu');
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;
const MAX_BYLINE_LINE = 80;

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
