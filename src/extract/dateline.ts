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
