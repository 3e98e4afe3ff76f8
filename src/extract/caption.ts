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

// A credit inside a line: "(Photo: AFP/VNA)" glued to the text after it, or "Photo : VNA" ending it.
const CREDIT_IN_LINE = new RegExp(
  String.raw`\((?:${alternation(pageMarkers.creditLabels)})\s*:\s*[^:()\n]{1,60}\)|(?:^|[\s.])(?:${alternation(pageMarkers.creditLabels)})\s*:\s*[^:()\n]{1,60}?\.?[ \t]*(?=\n|$)`,
  'giu',
);
const CAPTION_END = /[.!?…»”"]\s*$/u;
/** Longest caption, credit included: a longer line ending with a credit is a credited paragraph. */
const MAX_CAPTION_CHARS = 320;

/**
 * Spans of the photo captions left inside a raw text ("Des représentants … présentent des dons.
 * Photo : VNA", "… in Matanzas, Cuba. (Photo: AFP/VNA)Hanoi (VNA) – …"): from the line start, or
 * from an image marker ("ảnh 1"), to the end of the credit. The text after a glued credit is not
 * caption.
 */
export function captionSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(CREDIT_IN_LINE)) {
    const end = match.index + match[0].length;
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const line = text.slice(lineStart, match.index);
    // A parenthesised credit inside a line follows a finished caption sentence ("Cuba. (Photo: AFP)").
    const atLineEnd = /^[ \t]*(?:\n|$)/u.test(text.slice(end, end + 2));
    if (!atLineEnd && !CAPTION_END.test(line)) continue;
    const marker = splitAtImageMarker(line);
    const start = marker ? lineStart + line.length - marker.after.length : lineStart;
    if (end - start <= MAX_CAPTION_CHARS) spans.push({ start, end });
  }
  return spans;
}
