/**
 * The one whitespace normalisation used for every piece of output text: Unicode spaces
 * (NBSP, thin spaces, ideographic space…) become a plain space, zero-width characters are
 * dropped, runs of spaces collapse to one and the ends are trimmed.
 */
const UNICODE_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_RUNS = / {2,}/g;

export function normalizeInlineSpace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(UNICODE_SPACES, ' ').replace(SPACE_RUNS, ' ').trim();
}

/** Normalise line breaks to `\n` (CRLF, CR, NEL, LS, PS). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n');
}
