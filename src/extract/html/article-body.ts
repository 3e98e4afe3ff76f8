import type { Caption } from '../../records/article.js';
import { endsWithCredit, parseCaption } from '../caption.js';
import {
  isDatedByline,
  isFurnitureLine,
  isSeeMoreLine,
  readBylineLine,
  startsWithCreditLabel,
} from './body-lines.js';
import { looksLikeCaption, looksLikeCredit } from './element-hints.js';
import { descendants, textOf, type HtmlElement } from './html-tree.js';
import { linkDensity, type MainContent } from './main-content.js';
import { cleanText, renderBlocks, type TextBlock } from './text-blocks.js';

/** Body paragraphs, captions and byline dates read from the article's containers. */
export interface ArticleBody {
  body: string[];
  captions: Caption[];
  /** Dates of byline lines ("Published on …") found and removed from the body. */
  bylineDates: string[];
}

// Containers that are mostly links inside the article are link lists (tags, "more on this"), not prose.
const LINK_LIST_DENSITY = 0.5;
const LINK_LIST_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'nav', 'aside', 'p']);
const MAX_CAPTION = 600;
// Body lines this short that end with "Photo: X" are captions left outside a caption element.
const MAX_CREDIT_LINE = 200;
// A short block that is nearly all link is a pointer to another page ("Read: …"), not prose.
const MAX_LINK_LINE = 150;
const LINK_LINE_DENSITY = 0.8;

/** A caption element's text and credit: credit from a credit-marked child, else from a "Photo: X" ending. */
function readCaption(el: HtmlElement): Caption | null {
  let credit: string | null = null;
  const creditEls = [...descendants(el)].filter((child) => looksLikeCredit(child));
  const creditTexts = creditEls.map((child) => cleanText(textOf(child))).filter(Boolean);
  let text = cleanText(textOf(el));
  if (creditTexts.length > 0) {
    credit = creditTexts.join(' ');
    for (const part of creditTexts) text = cleanText(text.replace(part, ' '));
  }
  if (!text && !credit) return null;
  const parsed = parseCaption(text);
  return { text: parsed.text, credit: credit ?? parsed.credit };
}

function isLinkList(el: HtmlElement, content: MainContent): boolean {
  if (!LINK_LIST_TAGS.has(el.tag)) return false;
  const stats = content.stats.get(el);
  return !!stats && stats.textLength > 0 && linkDensity(stats) > LINK_LIST_DENSITY;
}

/** Render the main containers as body paragraphs, setting captions and byline lines apart. */
export function readArticleBody(content: MainContent, title: string | null): ArticleBody {
  const captions: Caption[] = [];
  const bylineDates: string[] = [];
  const skip = (el: HtmlElement): boolean => {
    if (content.boilerplate.has(el)) return true;
    if (
      el.tag === 'figure' ||
      el.tag === 'figcaption' ||
      (looksLikeCaption(el) && textOf(el).length < MAX_CAPTION)
    ) {
      const captionEl =
        el.tag === 'figure' ? ([...descendants(el)].find((c) => c.tag === 'figcaption') ?? el) : el;
      const caption = readCaption(captionEl);
      if (caption) captions.push(caption);
      return true;
    }
    if (el.tag === 'h1' && title && cleanText(textOf(el)) === title) return true;
    return isLinkList(el, content);
  };
  const isCaptionLine = (text: string): boolean =>
    text.length <= MAX_CREDIT_LINE &&
    (endsWithCredit(text) || startsWithCreditLabel(text) || text.includes('©'));
  const isFurniture = (block: TextBlock): boolean => {
    if (isFurnitureLine(block.text) || isSeeMoreLine(block.text) || isDatedByline(block.text)) return true;
    return block.text.length <= MAX_LINK_LINE && block.linkLength >= block.text.length * LINK_LINE_DENSITY;
  };
  const body: string[] = [];
  for (const container of content.containers) {
    const wrapper: HtmlElement = {
      kind: 'element',
      tag: '#fragment',
      attrs: {},
      children: [container],
      parent: null,
    };
    for (const block of renderBlocks(wrapper, skip)) {
      const byline = readBylineLine(block.text);
      if (byline) {
        if (byline.date) bylineDates.push(byline.date);
      } else if (isCaptionLine(block.text)) captions.push(parseCaption(block.text));
      else if (!isFurniture(block)) body.push(block.text);
    }
  }
  return { body, captions, bylineDates };
}
