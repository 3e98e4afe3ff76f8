import type { Caption } from '../../records/article.js';
import type { StageContext } from '../../pipeline/stage.js';
import type { ArticleDraft, SegmentedPage } from '../article-draft.js';
import { parseBylineDateLine } from '../byline-date.js';
import { endsWithCredit, parseCaption, splitAtImageMarker } from '../caption.js';
import { detectDateline } from '../dateline.js';
import { normalizeInlineSpace, normalizeNewlines } from '../normalize-space.js';
import { alternation, pageMarkers } from '../page-markers.js';
import { INLINE_RELATED_LINE } from '../related-links.js';
import { splitBodySignoff } from '../signoff.js';

const SEE_MORE_LINE = new RegExp(
  String.raw`^(?:[>»▶►•\-–—]\s*)?(?:${alternation(pageMarkers.seeMore)})\s*[:.…>»]*$`,
  'iu',
);
const SENTENCE_END = /[.!?…»"”)]$/u;

/** Whole lines, whitespace-normalised, empty ones dropped. */
function contentLines(text: string): string[] {
  return normalizeNewlines(text)
    .split('\n')
    .map(normalizeInlineSpace)
    .filter((line) => line.length > 0);
}

function isCaptionLine(line: string): boolean {
  return splitAtImageMarker(line) !== null || endsWithCredit(line);
}

/** A caption line: "TITLE ảnh 1CAPTION. Photo: VNA" or "CAPTION. Photo: VNA". */
function captionOf(line: string): Caption {
  const split = splitAtImageMarker(line);
  return parseCaption(split ? split.after : line);
}

function segmentMain(lines: string[], ctx: StageContext): ArticleDraft {
  const captions: Caption[] = [];
  const prose: string[] = [];
  let published: string | null = null;
  for (const line of lines) {
    if (isCaptionLine(line)) {
      captions.push(captionOf(line));
      continue;
    }
    const bylineDate = parseBylineDateLine(line);
    if (bylineDate) {
      published ??= bylineDate;
      continue;
    }
    if (INLINE_RELATED_LINE.test(line)) {
      ctx.report(
        'extract.text.inline-related-link',
        `link to another article dropped: ${line}`,
        undefined,
        'info',
      );
      continue;
    }
    prose.push(line);
  }
  const title = prose[0] ?? null;
  const datelineIndex = prose.findIndex((line, i) => i > 0 && detectDateline(line, 0) !== null);
  let lead: string | null = null;
  let body: string[];
  if (datelineIndex > 0) {
    const beforeDateline = prose.slice(1, datelineIndex);
    lead = beforeDateline[0] ?? null;
    if (beforeDateline.length > 1) {
      ctx.report(
        'extract.text.lines-before-dateline',
        `${beforeDateline.length - 1} line(s) between lead and dateline kept as body`,
        undefined,
        'info',
      );
    }
    body = [...beforeDateline.slice(1), ...prose.slice(datelineIndex)];
  } else if (prose.length >= 3) {
    lead = prose[1]!;
    body = prose.slice(2);
  } else {
    body = prose.slice(1);
  }
  const split = splitBodySignoff(body.filter(Boolean));
  return { title, lead, body: split.body, captions, signoff: split.signoff, published };
}

/**
 * Teaser blocks after a "see more" marker: [caption] title [lead], repeated. A caption ends
 * with a credit or carries an image marker; a caption that is only the title repeats it on
 * the next line. A lead ends like a sentence.
 */
function segmentTeasers(lines: string[]): ArticleDraft[] {
  const teasers: ArticleDraft[] = [];
  let i = 0;
  while (i < lines.length) {
    const captions: Caption[] = [];
    const line = lines[i]!;
    if (isCaptionLine(line)) {
      captions.push(captionOf(line));
      i++;
    } else if (lines[i + 1] === line) {
      captions.push({ text: line, credit: null });
      i++;
    }
    const title = lines[i];
    if (title === undefined) break;
    i++;
    let lead: string | null = null;
    const next = lines[i];
    if (
      next !== undefined &&
      !isCaptionLine(next) &&
      lines[i + 1] !== next &&
      (SENTENCE_END.test(next) || next.length > 160 || i === lines.length - 1)
    ) {
      lead = next;
      i++;
    }
    teasers.push({ title, lead, body: [], captions, signoff: null, published: null });
  }
  return teasers;
}

/** Segment a plain-text page dump into its main article and the teasers after "see more". */
export function segmentTextDump(text: string, ctx: StageContext): SegmentedPage {
  const lines = contentLines(text);
  const seeMoreIndex = lines.findIndex((line) => SEE_MORE_LINE.test(line));
  const mainLines = seeMoreIndex >= 0 ? lines.slice(0, seeMoreIndex) : lines;
  const teaserLines = seeMoreIndex >= 0 ? lines.slice(seeMoreIndex + 1) : [];
  return { main: segmentMain(mainLines, ctx), teasers: segmentTeasers(teaserLines) };
}
