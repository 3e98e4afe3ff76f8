import type { Span } from '../records/article.js';

/** Words a line of date and time may carry beside them ("Mis à jour le", "Updated:", "GMT+7"). */
const STAMP_WORDS = 5;

/**
 * A page's time stamp, not an occasion: a date given with its clock time ("18/03/2025 à 16h42",
 * "12/09/2024 09:15") on a line of its own, or with at most a few words beside it ("Mis à jour le …",
 * "Updated: …"). It says when the page was written, not when what the text tells happened.
 */
export function isTimeStamp(text: string, date: Span): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const rest = line.slice(0, date.start - lineStart) + ' ' + line.slice(date.end - lineStart);
  const clock = /\d{1,2}\s?[h:]\s?\d{2}/u.test(line);
  return clock && (rest.match(/\p{L}+/gu) ?? []).length <= STAMP_WORDS;
}
