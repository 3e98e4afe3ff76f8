import { parseBylineDateLine, parseStandaloneDate } from '../byline-date.js';
import { findDateInside } from './body-lines.js';
import { looksLikeRelated } from './element-hints.js';
import { descendants, textOf, type HtmlElement } from './html-tree.js';
import { isWithin, type MainContent } from './main-content.js';
import type { PageMetadata } from './page-metadata.js';
import { cleanText } from './text-blocks.js';

const DATE_HINT = /(?:^|[\s_-])(?:date|time|publi|pubdate|posted|byline|dateline|meta)/;
const MAX_DATE_TEXT = 100;

/** Dates in related blocks belong to other articles. */
function inRelatedBlock(el: HtmlElement): boolean {
  for (let up: HtmlElement | null = el; up; up = up.parent) if (looksLikeRelated(up)) return true;
  return false;
}

/** A date from a `<time>` element or a short date-marked element near the article. */
function visibleDate(root: HtmlElement, content: MainContent): string | null {
  const first = content.containers[0];
  const last = content.containers.at(-1);
  if (!first || !last) return null;
  const lastIndex = (content.order.get(last) ?? 0) + 1;
  for (const el of descendants(root)) {
    const index = content.order.get(el) ?? 0;
    if (index > lastIndex && !isWithin(el, content.containers)) break;
    const isTime = el.tag === 'time';
    const hints = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs.itemprop ?? ''}`.toLowerCase();
    if (!isTime && !DATE_HINT.test(hints)) continue;
    if ((content.stats.get(el)?.textLength ?? 0) > MAX_DATE_TEXT || inRelatedBlock(el)) continue;
    const attr = el.attrs.datetime ?? el.attrs.content;
    const fromAttr = attr ? parseStandaloneDate(attr) : null;
    if (fromAttr) return fromAttr;
    const text = cleanText(textOf(el));
    const fromText = parseBylineDateLine(text) ?? parseStandaloneDate(text) ?? findDateInside(text);
    if (fromText) return fromText;
  }
  return null;
}

/** Publication date: page metadata, then a visible `<time>`/byline date of the article, else null. */
export function readArticleDate(
  root: HtmlElement,
  content: MainContent,
  metadata: PageMetadata,
  bylineDates: string[],
): string | null {
  return metadata.published ?? visibleDate(root, content) ?? bylineDates[0] ?? null;
}
