import type { Caption } from '../records/article.js';
import { alternation, pageMarkers } from './page-markers.js';
import { normalizeInlineSpace } from './normalize-space.js';

// "… Photo: VNA", "… Photo : Xinhua", "… (Photo: AFP)", "… Crédit photo : Reuters"
const CREDIT_AT_END = new RegExp(
  String.raw`(?:^|[\s.(])\(?(?:${alternation(pageMarkers.creditLabels)})\s*:\s*([^:()\n]{1,60}?)\)?\.?\s*$`,
  'iu',
);
// "ảnh 1", "hinh anh 2": the CMS's image marker glued between alt text and caption.
const IMAGE_MARKER = new RegExp(
  String.raw`\s*(?:${alternation(pageMarkers.imageMarkers)})\s*\d{1,2}(?=\S|$)`,
  'iu',
);

/** Split a caption line into its text and photo credit ("… Photo: VNA" → credit "VNA"). */
export function parseCaption(line: string): Caption {
  const match = CREDIT_AT_END.exec(line);
  if (!match) return { text: normalizeInlineSpace(line), credit: null };
  const text = normalizeInlineSpace(line.slice(0, match.index + (match[0].startsWith('(') ? 0 : 1)))
    .replace(/[\s(]+$/, '')
    .trim();
  return { text: text || normalizeInlineSpace(line), credit: normalizeInlineSpace(match[1]!) };
}

/** True when a line ends with a photo credit. */
export function endsWithCredit(line: string): boolean {
  return CREDIT_AT_END.test(line);
}

/** Find the image marker in a line: `{ before, after }` around it, or null. */
export function splitAtImageMarker(line: string): { before: string; after: string } | null {
  const match = IMAGE_MARKER.exec(line);
  if (!match) return null;
  return { before: line.slice(0, match.index), after: line.slice(match.index + match[0].length) };
}
