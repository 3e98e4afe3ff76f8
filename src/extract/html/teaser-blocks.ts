import type { ArticleDraft } from '../article-draft.js';
import { isSeeMoreLine } from './body-lines.js';
import { looksLikeRelated } from './element-hints.js';
import { descendants, textOf, type HtmlElement } from './html-tree.js';
import { cleanText } from './text-blocks.js';

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'span', 'div', 'p']);
const ITEM_TAGS = new Set(['li', 'article']);
const HEADLINE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const MIN_TITLE = 15;
const MAX_HEADING = 40;
const MAX_TEASERS = 30;

/** Blocks of related articles: marked by class/id, or opened by a "See more" / "Lire aussi" heading. */
export function findRelatedBlocks(root: HtmlElement, textLength: (el: HtmlElement) => number): HtmlElement[] {
  const blocks: HtmlElement[] = [];
  const inBlock = (el: HtmlElement): boolean => {
    for (let up: HtmlElement | null = el; up; up = up.parent) if (blocks.includes(up)) return true;
    return false;
  };
  for (const el of descendants(root)) {
    if (inBlock(el)) continue;
    if (looksLikeRelated(el)) {
      blocks.push(el);
      continue;
    }
    if (!HEADING_TAGS.has(el.tag) || !el.parent || textLength(el) > MAX_HEADING) continue;
    if (!isSeeMoreLine(cleanText(textOf(el)))) continue;
    // The heading opens the block: its parent, once that holds more than the heading.
    let block: HtmlElement | null = el.parent;
    while (block && block.children.filter((c) => c.kind === 'element').length < 2) block = block.parent;
    if (block && block.tag !== 'body' && !inBlock(block)) blocks.push(block);
  }
  return blocks;
}

function itemOf(link: HtmlElement, block: HtmlElement): HtmlElement {
  for (let up = link.parent; up && up !== block; up = up.parent) if (ITEM_TAGS.has(up.tag)) return up;
  return link.parent && link.parent !== block ? link.parent : link;
}

/** One draft per linked item of a related block: title from its heading or link, lead, image caption. */
function teasersOf(block: HtmlElement, seen: Set<string>): ArticleDraft[] {
  const teasers: ArticleDraft[] = [];
  const items: HtmlElement[] = [];
  for (const el of descendants(block)) {
    if (el.tag !== 'a') continue;
    const item = itemOf(el, block);
    if (!items.includes(item)) items.push(item);
  }
  for (const item of items) {
    const elements = [item, ...descendants(item)];
    const heading = elements.find((el) => HEADLINE_TAGS.has(el.tag));
    const links = elements.filter((el) => el.tag === 'a').map((a) => cleanText(textOf(a)));
    const title = heading
      ? cleanText(textOf(heading))
      : (links.sort((a, b) => b.length - a.length)[0] ?? '');
    if (title.length < MIN_TITLE || seen.has(title)) continue;
    seen.add(title);
    const summary = elements.find((el) => el.tag === 'p' && !cleanText(textOf(el)).includes(title));
    const lead = summary ? cleanText(textOf(summary)) || null : null;
    const image = elements.find((el) => el.tag === 'img' && el.attrs.alt);
    const figcaption = elements.find((el) => el.tag === 'figcaption');
    const captionText = figcaption ? cleanText(textOf(figcaption)) : cleanText(image?.attrs.alt ?? '');
    teasers.push({
      title,
      lead,
      body: [],
      captions: captionText ? [{ text: captionText, credit: null }] : [],
      signoff: null,
      published: null,
    });
  }
  return teasers;
}

/** Teaser drafts of every related block, in page order, without repeats. */
export function readTeasers(blocks: HtmlElement[]): ArticleDraft[] {
  const seen = new Set<string>();
  return blocks.flatMap((block) => teasersOf(block, seen)).slice(0, MAX_TEASERS);
}
