import { alternation, pageMarkers } from './page-markers.js';

/** "Lire aussi | <title>", ">> Related: <title>", "Read more: <title>": a link to another article. */
export const INLINE_RELATED_LINE = new RegExp(
  String.raw`^(?:[>»▶►•]+\s*)?(?:${alternation(pageMarkers.seeMore)})\s*[|:>»–—-]\s*\S`,
  'iu',
);

/**
 * The lines of a raw text that link to another article ("Read more: Vietnam calls for restraint…"):
 * a page keeps them apart when it is segmented (teasers); a text analysed as one article still holds
 * them, and what they tell is that other article's news, not this one's.
 */
export function relatedLinkSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (INLINE_RELATED_LINE.test(text.slice(start, end).trimStart())) spans.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return spans;
}
