import type { Dateline } from '../records/article.js';
import { NEWS_AGENCIES } from './news-agencies.js';

const KNOWN_AGENCIES = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));

// "Moscou (VNA) - ", "Hanoï (VNA) – ", "Paris, 12 mai (AFP) - ", "HANOI, May 29 (Reuters) -"
const PLACE = String.raw`[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{L}\p{M}'’.\-]+){0,4}?`;
const WITH_AGENCY = new RegExp(
  String.raw`^(${PLACE})(?:, ?[^()\n]{1,40}?)? ?\(([^()\n]{2,30})\) ?[-–—:] ?`,
  'u',
);
// "MOSCOW — ", "WASHINGTON - " (all-caps place, no agency)
const CAPS_PLACE = /^(\p{Lu}[\p{Lu}\p{M}'’.\- ]{2,40}?)(?:, ?[^\n]{1,30}?)? [-–—] /u;
const ACRONYM = /^[\p{Lu}][\p{Lu}0-9/.&-]{1,9}$/u;

function isAgency(name: string): boolean {
  return KNOWN_AGENCIES.has(name.toLowerCase()) || ACRONYM.test(name);
}

/** Find a dateline at the start of a paragraph that begins at `offset` in the record text. */
export function detectDateline(paragraph: string, offset: number): Dateline | null {
  const withAgency = WITH_AGENCY.exec(paragraph);
  if (withAgency && isAgency(withAgency[2]!.trim())) {
    return {
      place: withAgency[1]!.trim(),
      agency: withAgency[2]!.trim(),
      start: offset,
      end: offset + withAgency[0].trimEnd().length,
    };
  }
  const capsPlace = CAPS_PLACE.exec(paragraph);
  if (capsPlace && capsPlace[1]!.trim().length >= 3) {
    return {
      place: capsPlace[1]!.trim(),
      agency: null,
      start: offset,
      end: offset + capsPlace[0].trimEnd().length,
    };
  }
  return null;
}

/** The record's datelines: its own and those that open its paragraphs ("Hanoï, 8 août (VNA) –"). */
export function recordDatelines(record: {
  text: string;
  dateline: Dateline | null;
  paragraphs: ReadonlyArray<{ start: number; end: number }>;
}): Array<{ start: number; end: number }> {
  const spans = record.dateline ? [{ start: record.dateline.start, end: record.dateline.end }] : [];
  for (const paragraph of record.paragraphs) {
    const found = detectDateline(record.text.slice(paragraph.start, paragraph.end), paragraph.start);
    if (found && !spans.some((span) => span.start === found.start))
      spans.push({ start: found.start, end: found.end });
  }
  return spans;
}
